package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;

import io.wirefeed.schema.EntityType;

/**
 * Companies named between angle brackets, as Reuters' financial wire writes the companies it has no ticker for
 * ("&lt;Welsh, Carson, Anderson and Stowe IV&gt;", "&lt;Drexel Burnham Lambert Inc&gt;"): the whole bracket is one
 * name, whatever its commas, "and"s, people's and places' names say, so it replaces what the finders made of its
 * words. A ticker ("&lt;C&gt;", "&lt;SIEGn.DE&gt;", "&lt;ERIC ST&gt;") is no name, and a bracket a finder already
 * named an organisation in full keeps that name (and a listed company its id).
 */
final class AngledNames {

    /** The longest name taken for one: a bracket that runs on past it is no name in brackets. */
    private static final int LONGEST = 80;

    private AngledNames() {
    }

    /** The finders' mentions of a field, with each name in angle brackets one organisation. */
    static List<FoundMention> named(String field, String text, List<FoundMention> found) {
        if (text.indexOf('<') < 0) {
            return found;
        }
        List<FoundMention> named = new ArrayList<>(found);
        for (int open = text.indexOf('<'); open >= 0; open = text.indexOf('<', open + 1)) {
            int close = closing(text, open);
            if (close < 0) {
                continue;
            }
            int start = open + 1;
            if (text.startsWith("The ", start)) {
                start += 4;     // "<The Ceco Corp>": the article is no part of the name
            }
            int end = withoutTail(text, start, close);
            if (end <= start || !isName(text.substring(start, end)) || namedInFull(found, start, end)) {
                continue;
            }
            String written = text.substring(start, end);
            FoundMention company = new FoundMention(field, start, end, written,
                new GazetteerEntry(EntityType.ORGANIZATION, Tokens.singleSpaced(written), null, null));
            named.removeIf(company::overlaps);
            named.replaceAll(mention -> isUnlistedWrittenAs(mention, company.entity().name())
                ? new FoundMention(field, mention.start(), mention.end(), mention.text(), company.entity()) : mention);
            named.add(company);
            open = close;
        }
        return named;
    }

    /** Where the bracket opened at {@code open} closes on its line or the next, or -1. */
    private static int closing(String text, int open) {
        int lines = 0;
        for (int i = open + 1; i < text.length() && i - open <= LONGEST; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '<' || c == '\n' && ++lines > 1) {
                return -1;
            }
        }
        return -1;
    }

    /** The name without a possessive or a full stop at its end ("&lt;Sanwa Bank Ltd's&gt;", "&lt;Boston Ventures Ltd.&gt;"). */
    private static int withoutTail(String text, int start, int end) {
        int cut = end;
        if (cut - start > 2 && text.charAt(cut - 1) == 's' && Tokens.isApostrophe(text.charAt(cut - 2))) {
            cut -= 2;
        } else if (cut - start > 2 && Tokens.isApostrophe(text.charAt(cut - 1)) && text.charAt(cut - 2) == 's') {
            cut -= 1;   // "<Information Builders'>"
        }
        while (cut > start && text.charAt(cut - 1) == '.' && !abbreviationEnds(text, start, cut)) {
            cut--;
        }
        return cut;
    }

    /** "&lt;Alex. Brown and Sons Inc.&gt;" keeps its last stop only after a one- or two-letter word ("Co."). */
    private static boolean abbreviationEnds(String text, int start, int stop) {
        int word = stop - 1;
        while (word > start && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        return stop - 1 - word <= 2 && stop - 1 > word;
    }

    /**
     * Whether the bracket's words read as a name, not a ticker: several words with lower case letters or more than
     * two letters in the last ("I P Sharp Associates Ltd", "OKUMA MACHINERY WORKS", not "ERIC ST" or "MD N"), or one
     * capitalised word of letters ("Efibanca", "Ina-Naftaplin", not "C", "DOW" or "skbs.St.").
     */
    static boolean isName(String words) {
        if (!Character.isUpperCase(words.charAt(0))) {
            return false;
        }
        int lastSpace = lastSpace(words);
        if (lastSpace < 0) {
            return capitalisedWord(words);
        }
        boolean lowerCase = false;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            lowerCase |= Character.isLowerCase(c);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && ",.&'’-/".indexOf(c) < 0) {
                return false;
            }
        }
        return lowerCase || words.length() - lastSpace - 1 > 2;
    }

    private static int lastSpace(String words) {
        for (int i = words.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(words.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A capital, then lower case letters, perhaps in parts joined by hyphens: "Eni", "Ina-Naftaplin". */
    private static boolean capitalisedWord(String word) {
        boolean lowerCase = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' && i + 1 < word.length() && word.charAt(i - 1) != '-') {
                continue;
            }
            if (!Character.isLowerCase(c) && !(word.charAt(i - 1) == '-' && Character.isUpperCase(c))) {
                return false;
            }
            lowerCase = true;
        }
        return lowerCase && word.length() > 2;
    }

    /** "Petro Chemie" read as a person where the bracket names it a company: one name, one entity. */
    private static boolean isUnlistedWrittenAs(FoundMention mention, String name) {
        return mention.entity().id() == null && mention.entity().type() != EntityType.ORGANIZATION
            && Tokens.singleSpaced(mention.text()).equals(name);
    }

    /** Whether an earlier finder named an organisation over the whole of {@code start} to {@code end}. */
    private static boolean namedInFull(List<FoundMention> found, int start, int end) {
        for (FoundMention mention : found) {
            if (mention.start() <= start && mention.end() >= end
                    && mention.entity().type() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }
}
