package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wirefeed.schema.EntityType;

/**
 * A listed company's unit named after the place it serves ("DP World Australia", "Nasdaq Helsinki", "Shell Nigeria"):
 * the company's name and the place's, written one after the other, are one organisation, the unit, and no mention of
 * the place. Only companies: "the EU Ukraine summit" names two.
 */
final class CompanyUnits {

    private static final Set<GazetteerEntry> COMPANIES = read();

    private CompanyUnits() {
    }

    private static Set<GazetteerEntry> read() {
        Set<GazetteerEntry> companies = new HashSet<>();
        for (List<String> row : Gazetteer.lines("organizations.tsv")) {
            if (row.size() > 3 && row.get(3).equals("company")) {
                companies.add(Gazetteer.organisation(row));
            }
        }
        return Set.copyOf(companies);
    }

    /** The mentions of one field, with each company's unit made one mention; in order of their start. */
    static List<FoundMention> joined(String text, List<FoundMention> found) {
        List<FoundMention> mentions = new ArrayList<>(found);
        mentions.sort(Comparator.comparingInt(FoundMention::start));
        List<FoundMention> joined = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            FoundMention company = mentions.get(i);
            FoundMention place = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (place != null && unit(text, company, place)) {
                String written = text.substring(company.start(), place.end());
                joined.add(new FoundMention(company.field(), company.start(), place.end(), written,
                    new GazetteerEntry(EntityType.ORGANIZATION, Tokens.singleSpaced(written), null,
                        place.entity().country())));
                i++;
            } else {
                joined.add(company);
            }
        }
        return joined;
    }

    private static boolean unit(String text, FoundMention company, FoundMention place) {
        if (!COMPANIES.contains(company.entity()) || place.entity().type() != EntityType.PLACE
                || place.entity().id() == null || place.start() <= company.end()) {
            return false;
        }
        int lineBreaks = 0;
        for (int at = company.end(); at < place.start(); at++) {
            char c = text.charAt(at);
            if (c == '\n') {
                lineBreaks++;
            } else if (c != ' ') {
                return false;  // "DP World's Australian ports", "Nasdaq, Helsinki"
            }
        }
        return lineBreaks <= 1;
    }
}
