package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * People that copy names by convention rather than by a given name and a surname: a militant commander by his
 * kunya ("Abu Khattab al-Ansari", "Abu al-Bara al-Sahrawi"), a suspect by dotted initials, as European police
 * and prosecutors give them ("a man identified as A.E.K.", "M.A.B., 29,"), and anyone by an age in brackets after
 * the name, as South Asian and European copy gives it ("Khundrakpam Sanatomba (27)"). None of these shapes reads as a
 * person to the other rules: the kunya opens with "Abu" (as Abu Dhabi does), initials are capitals, and a name of
 * words no list knows has no given name to go by.
 */
final class ConventionalNameFinder implements MentionFinder {

    /** "Abu" or "Umm", a name, and at least one "al-" name: "Abu Dhabi" and "Abu Sayyaf" have none. */
    private static final Pattern KUNYA = Pattern.compile(
        "\\b(?:Abu|Umm) (?:al-)?\\p{Lu}[\\p{L}'’]+(?: (?:al|el|Al|El)-\\p{Lu}[\\p{L}'’]+)+");

    /** Dotted initials ("A.E.K.", "A.Ć."). */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?<![\\p{L}.])(?:\\p{Lu}\\.){2,4}(?!\\p{L})");

    /** What introduces a suspect's initials, close before them. */
    private static final Pattern INITIALS_CUE = Pattern.compile(
        "(?:identified|named|known)(?: only)? as\\s*$|initials\\s*$");

    /** A suspect's age after the initials: "M.A.B., 29,". */
    private static final Pattern AGE_AFTER = Pattern.compile(",\\s*\\d{1,2}\\b");

    private static final int CUE_REACH = 30;

    /** What introduces people's initials, as Indonesian and Arab police give them: "identified by their initials as". */
    private static final Pattern PEOPLES_INITIALS = Pattern.compile("\\b(?:his|her|their|the) initials,? (?:as )?");

    /**
     * One of a list of initials, dotted or not, with the age after it and the separator before the next: "RHS (34), ",
     * "MR, 31, ", "M.H.".
     */
    private static final Pattern LISTED_INITIALS = Pattern.compile(
        "((?:\\p{Lu}\\.){2,4}|\\p{Lu}{2,4}(?![\\p{L}.]))(?: ?\\(\\d{1,2}\\)|,\\s*\\d{1,2}\\b)?(,? and |, )?");

    /** An age in brackets: "(27)". */
    private static final Pattern AGE = Pattern.compile(" \\((?:[1-9]\\d?)\\)");
    /** A word of a name: a capital, then letters, marks, hyphens or apostrophes other than a possessive's. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{L}");
    /** What a sentence says of people it then names with their ages ("were identified as", "the dead included"). */
    private static final Pattern AGE_CUE = Pattern.compile("\\b(?:identified|named|arrested|detained|held|apprehended|"
        + "killed|dead|deceased|injured|wounded|victims?|accused|suspects?|charged|convicted|sentenced|jailed|rescued|"
        + "missing|included|including)\\b");
    /** Words before a name that make it a place, with a count in brackets ("in Birnin Gwari (12)"). */
    private static final Set<String> PLACE_BEFORE = WordSet.of("in", "from", "near", "at", "of", "to");
    private static final int MOST_WORDS = 5;

    private final Lexicon lexicon;

    ConventionalNameFinder() {
        this(Lexicon.shipped());
    }

    ConventionalNameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>();
        // the patterns are tried only where they may start: a regex's find() would try every character
        if (text.contains("Abu ") || text.contains("Umm ")) {
            Matcher kunya = KUNYA.matcher(text);
            while (kunya.find()) {
                add(field, text, kunya.start(), kunya.end(), taken, found);
            }
        }
        Matcher dotted = DOTTED_INITIALS.matcher(text).useTransparentBounds(true);
        for (int at = text.indexOf('.', 1); at >= 0; at = text.indexOf('.', at + 1)) {
            int start = at - 1;
            if (!Character.isUpperCase(text.charAt(start)) || !dotted.region(start, text.length()).lookingAt()) {
                continue;
            }
            String before = text.substring(Math.max(0, start - CUE_REACH), start);
            if (INITIALS_CUE.matcher(before).find()
                    || AGE_AFTER.matcher(text).region(dotted.end(), text.length()).lookingAt()) {
                add(field, text, start, dotted.end(), taken, found);
            }
            at = dotted.end() - 1;
        }
        if (text.contains(" initials")) {
            initialsListed(field, text, taken, found);
        }
        Matcher age = AGE.matcher(text);
        for (int at = text.indexOf(" ("); at >= 0; at = text.indexOf(" (", at + 2)) {
            if (age.region(at, text.length()).lookingAt()) {
                int start = nameBefore(text, at);
                if (start >= 0) {
                    add(field, text, start, at, taken, found);
                }
            }
        }
        return found;
    }

    /**
     * "identified by their initials as RHS (34), AF (27) and SDN (41)": each of the list is a person, and so is each
     * of those initials written alone later ("AF learned to make pipe bombs").
     */
    private static void initialsListed(String field, String text, List<FoundMention> taken, List<FoundMention> found) {
        Set<String> initials = new LinkedHashSet<>();
        Matcher cue = PEOPLES_INITIALS.matcher(text);
        while (cue.find()) {
            Matcher listed = LISTED_INITIALS.matcher(text).region(cue.end(), text.length());
            while (listed.lookingAt()) {
                add(field, text, listed.start(1), listed.end(1), taken, found);
                initials.add(listed.group(1));
                if (listed.group(2) == null) {
                    break;
                }
                listed.region(listed.end(), text.length());
            }
        }
        for (String person : initials) {
            for (int at = text.indexOf(person); at >= 0; at = text.indexOf(person, at + 1)) {
                int end = at + person.length();
                if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '.')
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    add(field, text, at, end, taken, found);
                }
            }
        }
    }

    /**
     * Where the name before an age in brackets at {@code at} starts, or -1: two to five words of a name after any word
     * that is none (an English word, a title, a day, a possessive), as Igbo and Yoruba names may have five; not after
     * a word that makes it a place (or the first of its list), and in a sentence that speaks of people.
     */
    private int nameBefore(String text, int at) {
        int start = nameStart(text, at);
        return start >= 0 && speaksOfPeople(text, listStart(text, start), at) ? start : -1;
    }

    /**
     * Where the first name of a list of names with numbers in brackets ending at the name at {@code start} starts: "in
     * Birnin Gwari (12) and Kaura Namoda (4)" is a list of places because of the first one's "in".
     */
    private int listStart(String text, int start) {
        int first = start;
        for (int at = separatedItem(text, first); at > 0; at = separatedItem(text, first)) {
            int previous = nameStart(text, at);
            if (previous < 0) {
                break;
            }
            first = previous;
        }
        return first;
    }

    /** Where the bracket of the list item before the name at {@code start} opens, or -1 when none comes before it. */
    private static int separatedItem(String text, int start) {
        String before = text.substring(Math.max(0, start - 6), start);
        int close = before.endsWith(") and ") ? start - 6 : before.endsWith("), ") ? start - 3 : -1;
        return close > 0 ? text.lastIndexOf(" (", close) : -1;
    }

    /** Where two to five words of a name end at {@code at}, after any word that is none; -1 for one or six. */
    private int nameStart(String text, int at) {
        int start = at;
        int words = 0;
        for (int end = at; end > 0 && words <= MOST_WORDS && text.charAt(end) == ' '; end = start - 1) {
            int wordStart = text.lastIndexOf(' ', end - 1) + 1;
            String word = text.substring(wordStart, end);
            if (!nameWord(word)) {
                break;
            }
            start = wordStart;
            words++;
            if (start == 0) {
                break;
            }
        }
        return words < 2 || words > MOST_WORDS ? -1 : start;
    }

    /** A word a name of this shape may hold: no English word, title, day or possessive. */
    private boolean nameWord(String word) {
        return NAME_WORD.matcher(word).matches() && !lexicon.isCommonWord(word) && !NameVocabulary.TITLES.contains(word)
            && !NameVocabulary.isCalendarWord(word) && !Tokens.endsPossessive(word);
    }

    /** Whether the sentence of the name at {@code start} speaks of people and no place word comes right before it. */
    private static boolean speaksOfPeople(String text, int start, int at) {
        int before = text.lastIndexOf(' ', Math.max(0, start - 2)) + 1;
        int sentence = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)) + 1;
        int sentenceEnd = text.indexOf(". ", at);
        return !PLACE_BEFORE.contains(text.substring(before, Math.max(before, start - 1)))
            && AGE_CUE.matcher(text).region(sentence, sentenceEnd < 0 ? text.length() : sentenceEnd).find();
    }

    private static void add(String field, String text, int start, int end, List<FoundMention> taken,
                            List<FoundMention> found) {
        String name = text.substring(start, end);
        FoundMention mention = new FoundMention(field, start, end, name,
            new GazetteerEntry(EntityType.PERSON, name, null, null));
        if (!mention.overlapsAny(taken) && !mention.overlapsAny(found)) {
            found.add(mention);
        }
    }
}
