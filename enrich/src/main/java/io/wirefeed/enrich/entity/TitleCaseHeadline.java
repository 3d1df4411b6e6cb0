package io.wirefeed.enrich.entity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a headline in title case names only when the rest of the dispatch bears it out: where every word is
 * capitalised ("Diet Opens Extra Session", "Two Police Officers Killed in IED Attack", "Woodside Sells Louisiana LNG
 * Stake"), a capital says nothing of a name, and the finders read verbs and descriptions into names. A name no list
 * knows is kept there when the other fields write it too; a listed one always.
 */
final class TitleCaseHeadline {

    private static final String HEADLINE = "headline";
    /** Words this long or longer decide whether the headline is in title case; shorter ones are often lower case. */
    private static final int LONG_WORD = 4;
    private static final int LONG_WORDS = 4;

    private TitleCaseHeadline() {
    }

    /** Drops the headline's mentions no list knows that the other fields do not write, in a title-case headline. */
    static void dropUnconfirmed(Map<String, String> fields, List<FoundMention> mentions) {
        String headline = fields.get(HEADLINE);
        if (headline == null || !titleCase(headline)) {
            return;
        }
        StringBuilder rest = new StringBuilder();
        fields.forEach((field, text) -> {
            if (!field.equals(HEADLINE) && text != null) {
                rest.append(' ').append(text);
            }
        });
        if (rest.toString().isBlank()) {
            return;  // a headline alone is taken as it is
        }
        String others = plain(rest.toString());
        mentions.removeIf(mention -> mention.field().equals(HEADLINE) && mention.entity().id() == null
            && !others.contains(plain(mention.text())));
    }

    /** Every word of four letters or more capitalised, of four such words at least, and not all in capitals. */
    static boolean titleCase(String headline) {
        int longWords = 0;
        boolean lowerCase = false;
        int at = 0;
        while (at < headline.length()) {
            while (at < headline.length() && !Character.isLetter(headline.charAt(at))) {
                at++;
            }
            int start = at;
            while (at < headline.length() && (Character.isLetter(headline.charAt(at)) || headline.charAt(at) == '\'')) {
                lowerCase |= Character.isLowerCase(headline.charAt(at));
                at++;
            }
            if (at - start >= LONG_WORD) {
                if (!Character.isUpperCase(headline.charAt(start))) {
                    return false;
                }
                longWords++;
            }
        }
        return longWords >= LONG_WORDS && lowerCase;
    }

    /** Lower case with runs of blanks as one space, so that a name broken over a line still counts. */
    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
