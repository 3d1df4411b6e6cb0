package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;

import io.wirefeed.schema.EntityType;

/**
 * "Salem, Ore.", "Cashiers, N.C.", "Mobile, Ala.": capitalised words before a comma and a state's abbreviation are a
 * town of that state, whether or not the lists know it. Agencies write a town so however small it is, and however
 * much its name is also an everyday word or a given name, which the gazetteer leaves out for that reason.
 */
final class TownOfStateFinder implements MentionFinder {

    /** A town's name has at most this many words ("Last Chance", "Rancho Santa Margarita"). */
    private static final int LONGEST_TOWN = 3;

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>();
        for (FoundMention state : taken) {
            if (!abbreviatedState(text, state) || !text.startsWith(", ", state.start() - 2)) {
                continue;
            }
            int end = state.start() - 2;
            int start = townStart(text, end);
            if (start < 0) {
                continue;
            }
            String name = text.substring(start, end);
            FoundMention town = new FoundMention(field, start, end, name,
                new GazetteerEntry(EntityType.PLACE, name, null, state.entity().country()));
            if (taken.stream().noneMatch(town::overlaps)) {
                found.add(town);
            }
        }
        return found;
    }

    /** A state or province the lists know, written as its abbreviation with a full stop ("Ore.", "N.C."). */
    private static boolean abbreviatedState(String text, FoundMention mention) {
        String id = mention.entity().id();
        boolean state = mention.entity().type() == EntityType.PLACE && id != null
            && (id.startsWith("iso3166-2:US-") || id.startsWith("iso3166-2:CA-"));
        boolean abbreviated = mention.text().indexOf('.') > 0
            || mention.end() < text.length() && text.charAt(mention.end()) == '.' && mention.text().length() <= 5;
        return state && abbreviated && mention.start() >= 2;
    }

    /**
     * Where the town's capitalised words before {@code end} start, after any function word; or -1, also when the
     * word before the comma is an abbreviation or a company's legal form ("Fedders Corp., N.J." names no town).
     */
    private static int townStart(String text, int end) {
        int start = -1;
        int at = end;
        for (int words = 0; words < LONGEST_TOWN; words++) {
            int wordStart = at;
            while (wordStart > 0 && townNameChar(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, at);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || NameVocabulary.FUNCTION_WORDS.contains(word)) {
                break;
            }
            if (start < 0 && (word.endsWith(".") || CompanyForms.isSuffix(word))) {
                return -1;
            }
            start = wordStart;
            if (wordStart == 0 || text.charAt(wordStart - 1) != ' ') {
                break;
            }
            at = wordStart - 1;
        }
        return start >= 0 && !NameVocabulary.isCalendarWord(text.substring(start, end)) ? start : -1;
    }

    /** A letter, or a hyphen, full stop or apostrophe inside a name ("Winston-Salem", "St. Louis", "Coeur d'Alene"). */
    private static boolean townNameChar(char c) {
        return Character.isLetter(c) || c == '-' || c == '.' || Tokens.isApostrophe(c);
    }
}
