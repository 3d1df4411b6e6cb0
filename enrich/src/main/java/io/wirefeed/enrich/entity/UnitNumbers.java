package io.wirefeed.enrich.entity;

import java.util.Locale;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * A body's unit named by a number written after its name, as police forces, courts, unions and armies write them:
 * "Police Regional Office 12", "Union Local 514", "GRU Unit 29155", "Court No. 3", "Venture Partners II". The number
 * is the unit's name ("Police Regional Office 4A" is not "Police Regional Office 12"), so the mention takes it in; a
 * number that counts something ("the Committee 12 to 8", "3 times") is left out. Numbers before a unit's name
 * ("22 Armoured Brigade") are {@link PatternNameFinder#numberedUnits()}'s.
 */
final class UnitNumbers {

    /** The last words of a body's name that a unit's number may follow, in lower case. */
    private static final Set<String> HEADS = WordSet.of("local", "lodge", "unit", "regiment", "brigade", "battalion",
        "division", "squadron", "committee", "court", "branch", "chamber", "office", "front", "detachment", "precinct",
        "station", "command", "force", "wing", "sector", "directorate", "bureau", "section", "squad", "team",
        "column", "company", "group", "fund", "partners");

    /** The words after a number that make it a count, not a unit's name. */
    private static final Set<String> COUNTED = WordSet.of("to", "and", "or", "of", "pct", "percent", "per", "mln",
        "million", "bln", "billion", "dlrs", "dollars", "times", "years", "year", "days", "months", "weeks", "hours",
        "minutes", "people", "votes", "seats", "points", "goals", "games", "matches", "wins", "runs", "wickets", "pm", "am",
        "p.m.", "a.m.");

    /** The heads a unit's number always follows: a year after any other ("Committee 2024 budget") is no unit's. */
    private static final Set<String> NUMBERED_ONLY = WordSet.of("local", "lodge", "unit");

    /** Roman numerals of a fund's or a unit's series ("Partners II"); "I" alone is too often the pronoun. */
    private static final Set<String> NUMERALS = WordSet.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
        "XII");

    private static final String NUMBER_WORD = "number ";
    private static final String NO = "No. ";

    private UnitNumbers() {
    }

    /** The mention with the unit's number written after it taken in, or the mention itself. */
    static FoundMention withNumber(String text, FoundMention mention) {
        if (mention.entity().type() != EntityType.ORGANIZATION || mention.end() + 2 >= text.length()) {
            return mention;
        }
        int end = numberEnd(text, mention);
        if (end < 0) {
            return mention;
        }
        end = legalFormEnd(text, end);
        String written = text.substring(mention.start(), end);
        return new FoundMention(mention.field(), mention.start(), end, written,
            new GazetteerEntry(EntityType.ORGANIZATION, Tokens.singleSpaced(written), null, mention.entity().country()));
    }

    /** Where the unit's number after the mention ends, or -1 when none follows it. */
    private static int numberEnd(String text, FoundMention mention) {
        String name = mention.text();
        String head = name.substring(name.lastIndexOf(' ') + 1);
        int at = mention.end();
        if (head.equals("No") && text.startsWith(". ", at)) {
            return numberAt(text, at + 2);    // "Court No. 3", the name read up to "No"
        }
        if (text.charAt(at) != ' ' || !HEADS.contains(head.toLowerCase(Locale.ROOT))) {
            return -1;
        }
        at++;
        if (text.startsWith(NUMBER_WORD, at)) {
            return numberAt(text, at + NUMBER_WORD.length());
        }
        if (text.startsWith(NO, at)) {
            return numberAt(text, at + NO.length());
        }
        if (digitAt(text, at)) {
            return unitNumberEnd(text, at, head);
        }
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > at && NUMERALS.contains(text.substring(at, end)) && !digitAt(text, end) ? end : -1;
    }

    /** "Venture Partners II Ltd": where a legal form after the number ends, or {@code end} when none follows. */
    private static int legalFormEnd(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return end;
        }
        int formEnd = end + 1;
        while (formEnd < text.length() && (Character.isLetter(text.charAt(formEnd)) || text.charAt(formEnd) == '.')) {
            formEnd++;
        }
        String form = text.substring(end + 1, formEnd);
        if (form.endsWith(".") && !CompanyForms.isLegalForm(form)) {
            form = form.substring(0, form.length() - 1);
            formEnd--;
        }
        return !form.isEmpty() && CompanyForms.isLegalForm(form) && !letterAt(text, formEnd) ? formEnd : end;
    }

    /** After "No." or "number": where the number at {@code at} ends, or -1 when there is none or it counts. */
    private static int numberAt(String text, int at) {
        int end = digitsEnd(text, at);
        return end > at && !countedAfter(text, end) ? end : -1;
    }

    /**
     * Where the number at {@code at}, and a letter against it ("4A"), ends; -1 when it counts something or is a year
     * after a head that is not always numbered ("the Olympic Committee 2024 budget").
     */
    private static int unitNumberEnd(String text, int at, String head) {
        int end = digitsEnd(text, at);
        boolean year = end - at == 4 && (text.startsWith("19", at) || text.startsWith("20", at));
        if (end - at > 6 || year && !NUMBERED_ONLY.contains(head.toLowerCase(Locale.ROOT))) {
            return -1;
        }
        if (end < text.length() && Character.isUpperCase(text.charAt(end)) && !letterAt(text, end + 1)) {
            end++;
        }
        return countedAfter(text, end) ? -1 : end;
    }

    /**
     * Whether the number ending at {@code end} counts something: more digits after a comma or a point ("2,500",
     * "4.5"), a letter or a dash against it ("3rd", "12-14"), or a word of counting after it ("12 to 8", "3 times").
     */
    private static boolean countedAfter(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        if ((c == ',' || c == '.') && digitAt(text, end + 1) || letterAt(text, end) || c == '-' || c == '%'
                || c == '/') {
            return true;
        }
        if (c != ' ') {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))
                && ",;:)".indexOf(text.charAt(wordEnd)) < 0) {
            wordEnd++;
        }
        String word = text.substring(end + 1, wordEnd);
        return COUNTED.contains(word) || COUNTED.contains(word.toLowerCase(Locale.ROOT)) || digitAt(text, end + 1);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean digitAt(String text, int at) {
        return at < text.length() && Character.isDigit(text.charAt(at));
    }

    private static boolean letterAt(String text, int at) {
        return at < text.length() && Character.isLetter(text.charAt(at));
    }
}
