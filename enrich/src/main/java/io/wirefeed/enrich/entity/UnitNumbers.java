package io.wirefeed.enrich.entity;

import java.util.Locale;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * A body's unit named by a number written after its name, as police forces, courts, unions and armies write them:
 * "Police Regional Office 12", "Union Local 514", "GRU Unit 29155", "Court No. 3", "Venture Partners II". The number
 * is the unit's name ("Police Regional Office 4A" is not "Police Regional Office 12"), so the mention takes it in.
 * Most numbers after a body's name are something else: a count ("the Quds Force 2 commanders", "Committee 25 basis
 * point"), a score ("Air Force 24, Navy 17"), a time or a date ("Committee 1430 GMT", "10:30", "12 March"), a rank
 * ("Group No. 2 executive"), a product ("Office 365 subscriptions") or a quarter ("Group 3Q profit"). So a number is
 * taken only where what follows it ends a name: punctuation, or a verb or a role ("said", "ruled", "chief"); and only
 * after a body no list knows (a listed body's name stays as the list has it). Numbers before a unit's name ("22
 * Armoured Brigade") are {@link PatternNameFinder#numberedUnits()}'s.
 */
final class UnitNumbers {

    /** The last words of a body's name that a unit's number may follow, in lower case. */
    private static final Set<String> HEADS = WordSet.of("local", "lodge", "unit", "regiment", "brigade", "battalion",
        "division", "squadron", "committee", "court", "branch", "chamber", "office", "front", "detachment", "precinct",
        "station", "command", "force", "wing", "sector", "directorate", "bureau", "section", "squad", "team",
        "column", "company", "group", "fund", "partners");

    /**
     * The lower-case words after a unit's name that end it: verbs of reporting and being, prepositions, and the roles
     * of a unit's people ("Local 514 president"). Past tenses in "-ed" end it too ("Court No. 3 ruled").
     */
    private static final Set<String> NAME_ENDERS = WordSet.of("said", "says", "say", "told", "is", "was", "were", "are",
        "has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "did", "does",
        "also", "in", "on", "at", "for", "with", "from", "of", "which", "who", "that", "and", "or", "as", "by",
        "chief", "commander", "head", "president", "chairman", "chairwoman", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "director", "leader", "judge", "heard", "met", "won", "lost", "held", "took", "gave", "made",
        "found", "sent", "struck", "began", "came", "went", "saw", "fought", "beat", "left", "set", "kept", "became",
        "brought", "wrote", "led", "paid", "sold", "bought", "got", "ran", "wants", "plans", "seeks", "urges",
        "claims", "denies", "rejects", "warns");

    /** The letters that may close a unit's number ("4A"); not Q, H, G, K, M or B ("3Q", "1H", "5G", "5K", "2B"). */
    private static final String UNIT_LETTERS = "ACDEF";

    /** Roman numerals of a fund's or a unit's series ("Partners II"); "I" alone is too often the pronoun. */
    private static final Set<String> NUMERALS = WordSet.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
        "XII");

    /** What closes a sentence, a clause or a quotation after a unit's number. */
    private static final String CLOSING = ".;)\n\"'\u2019\u201D";

    private static final String NUMBER_WORD = "number ";
    private static final String NO = "No. ";
    private static final int MOST_DIGITS = 6;

    private UnitNumbers() {
    }

    /** The mention with the unit's number written after it taken in, or the mention itself. */
    static FoundMention withNumber(String text, FoundMention mention) {
        if (mention.entity().type() != EntityType.ORGANIZATION || mention.entity().id() != null
                || mention.end() + 1 >= text.length()) {
            return mention;
        }
        int end = numberEnd(text, mention);
        if (end < 0) {
            return mention;
        }
        String written = text.substring(mention.start(), end);
        return new FoundMention(mention.field(), mention.start(), end, written,
            new GazetteerEntry(EntityType.ORGANIZATION, Tokens.singleSpaced(written), null, mention.entity().country()));
    }

    /** Where the unit's number after the mention ends, or -1 when none follows it or it is something else. */
    private static int numberEnd(String text, FoundMention mention) {
        String name = mention.text();
        String head = name.substring(name.lastIndexOf(' ') + 1);
        int at = mention.end();
        int end;
        if (head.equals("No") && text.startsWith(". ", at)) {
            end = digitsEnd(text, at + 2);    // "Court No. 3", the name read up to "No"
            return end > at + 2 ? named(text, end) : -1;
        }
        if (text.charAt(at) != ' ' || !HEADS.contains(head.toLowerCase(Locale.ROOT))) {
            return -1;
        }
        at++;
        if (text.startsWith(NUMBER_WORD, at) || text.startsWith(NO, at)) {
            int number = at + (text.charAt(at) == 'n' ? NUMBER_WORD.length() : NO.length());
            end = digitsEnd(text, number);
            return end > number ? named(text, end) : -1;
        }
        end = digitAt(text, at) ? unitNumberEnd(text, at) : numeralEnd(text, at);
        return end > at ? named(text, end) : -1;
    }

    /**
     * Where the unit's name with the number ending at {@code end} ends: after a legal form right after it ("Partners II
     * Ltd"), at the number where what follows ends a name, or -1 where the number is something else.
     */
    private static int named(String text, int end) {
        int formEnd = legalFormEnd(text, end);
        return formEnd > end ? formEnd : endsAName(text, end) ? end : -1;
    }

    /** Where the number at {@code at}, and a letter against it ("4A"), ends; {@code at} when it is no unit's number. */
    private static int unitNumberEnd(String text, int at) {
        int end = digitsEnd(text, at);
        if (end - at > MOST_DIGITS) {
            return at;
        }
        if (end < text.length() && UNIT_LETTERS.indexOf(text.charAt(end)) >= 0 && !letterAt(text, end + 1)) {
            end++;
        }
        return end;
    }

    private static int numeralEnd(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return NUMERALS.contains(text.substring(at, end)) ? end : at;
    }

    /**
     * Whether what follows the number ending at {@code end} ends a unit's name: the field's end, a sentence's or a
     * clause's punctuation (not a score list's comma, "Air Force 24, Navy 17", nor a time's colon), or a word that
     * ends names ({@link #NAME_ENDERS}, a past tense).
     */
    private static boolean endsAName(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (c == ',') {
            return !digitAt(text, end + 1) && !scoreAfter(text, end + 1);
        }
        if (CLOSING.indexOf(c) >= 0) {
            return !digitAt(text, end + 1);
        }
        if (c != ' ') {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(end + 1, wordEnd);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0))
            && (NAME_ENDERS.contains(word) || word.length() > 4 && word.endsWith("ed"));
    }

    /** Whether capitalised words and a number follow a comma: the next line of a score or a results list. */
    private static boolean scoreAfter(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        int words = 0;
        while (at < text.length() && Character.isUpperCase(text.charAt(at)) && words < 4) {
            while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            words++;
        }
        return words > 0 && digitAt(text, at);
    }

    /** "Venture Partners II Ltd": where a legal form after the number ends, or {@code end} when none follows. */
    private static int legalFormEnd(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') {
            return end;
        }
        int formEnd = CompanyForms.formEnd(text, end + 1);
        return formEnd < 0 ? end : formEnd;
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
