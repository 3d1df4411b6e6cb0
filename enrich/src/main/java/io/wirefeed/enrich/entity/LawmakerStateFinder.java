package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.EntityType;

/**
 * "Rep. Ed Jenkins (D-GA.)", "Bill Frenzel, R-MI., said": a US lawmaker's party and state with the state's postal
 * code after a person's name, which names the state there and nowhere else ("GA" alone is as often a general
 * assembly, "Alcohols (R-OH)" a chemical group). The state's other
 * abbreviations ("D-Ill.", "R-Idaho") the lists know as they are.
 */
final class LawmakerStateFinder implements MentionFinder {

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
        // a scan for the hyphen, not a regular expression: most texts have hyphens and none of these
        for (int dash = text.indexOf('-'); dash >= 0; dash = text.indexOf('-', dash + 1)) {
            int party = dash - 1;
            if (!partyAndCode(text, dash)) {
                continue;
            }
            String code = text.substring(dash + 1, dash + 3);
            GazetteerEntry state = states.get(code);
            FoundMention mention = new FoundMention(field, dash + 1, dash + 3, code, state);
            if (state != null && !mention.overlapsAny(taken) && afterAPerson(taken, party)) {
                found.add(mention);
            }
        }
        return found;
    }

    /**
     * A party's letter before the hyphen at {@code dash}, after a bracket or a comma (and perhaps a space), and two
     * capitals after it before a bracket, a stop or a comma.
     */
    private static boolean partyAndCode(String text, int dash) {
        int party = dash - 1;
        if (party < 1 || dash + 3 >= text.length() || "RDI".indexOf(text.charAt(party)) < 0
                || !Character.isUpperCase(text.charAt(dash + 1)) || !Character.isUpperCase(text.charAt(dash + 2))
                || ".,)".indexOf(text.charAt(dash + 3)) < 0) {
            return false;
        }
        char before = text.charAt(party - 1);
        return before == '(' || before == ',' || before == ' ' && party >= 2 && ",(".indexOf(text.charAt(party - 2)) >= 0;
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
