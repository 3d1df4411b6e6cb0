package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.EntityType;

/**
 * "Rep. Ed Jenkins (D-GA.)", "Bill Frenzel, R-MI., said": a US lawmaker's party and state with the state's postal
 * code after a person's name, which names the state there and nowhere else ("GA" alone is as often a general
 * assembly, "Alcohols (R-OH)" a chemical group). The state's other
 * abbreviations ("D-Ill.", "R-Idaho") the lists know as they are.
 */
final class LawmakerStateFinder implements MentionFinder {

    /** A party's letter, a hyphen and two capitals, after a bracket or a comma, before a bracket, a stop or a comma. */
    private static final Pattern PARTY_AND_CODE = Pattern.compile("(?<=[(,] ?)[RDI]-(\\p{Lu}{2})(?=[.,)])");
    private static final String STATE_ID = "iso3166-2:US-";

    private final Map<String, GazetteerEntry> states;

    LawmakerStateFinder(Gazetteer lists) {
        this.states = statesByCode(lists);
    }

    /** Each state the lists know by its ISO 3166-2 name, by its postal code. */
    private static Map<String, GazetteerEntry> statesByCode(Gazetteer lists) {
        Map<String, GazetteerEntry> states = new HashMap<>();
        for (List<String> row : Gazetteer.lines("regions.tsv")) {
            if (row.size() < 2 || !row.get(0).startsWith("US-")) {
                continue;
            }
            for (KnownName name : lists.lookup(NameKeys.of(row.get(1)))) {
                if ((STATE_ID + row.get(0).substring(3)).equals(name.entry().id())) {
                    states.putIfAbsent(row.get(0).substring(3), name.entry());
                }
            }
        }
        return Map.copyOf(states);
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>(0);
        if (text.indexOf('-') < 0) {
            return found;
        }
        Matcher party = PARTY_AND_CODE.matcher(text);
        while (party.find()) {
            GazetteerEntry state = states.get(party.group(1));
            FoundMention mention = new FoundMention(field, party.start(1), party.end(1), party.group(1), state);
            if (state != null && !mention.overlapsAny(taken) && afterAPerson(taken, party.start())) {
                found.add(mention);
            }
        }
        return found;
    }

    /** Whether a person's name ends right before the bracket or comma opening the party ("Ed Jenkins (D-GA.)"). */
    private static boolean afterAPerson(List<FoundMention> taken, int party) {
        for (FoundMention mention : taken) {
            if (mention.entity().type() == EntityType.PERSON && mention.end() < party && party - mention.end() <= 3) {
                return true;
            }
        }
        return false;
    }
}
