package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** Two to four capitalised words, none an English word, and an age in brackets: "Moirangthem Roshan Singh (22)". */
    private static final Pattern NAME_AND_AGE = Pattern.compile(
        "(?<![\\p{L}\\p{M}'’.-])\\p{Lu}[\\p{L}\\p{M}'’-]+(?: \\p{Lu}[\\p{L}\\p{M}'’-]+){1,3}(?= \\((?:[1-9]\\d?)\\))");
    /** How far before an age in brackets its name may start. */
    private static final int NAME_REACH = 60;

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
        for (int at = text.indexOf(" ("); at >= 0; at = text.indexOf(" (", at + 2)) {
            Matcher named = NAME_AND_AGE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                .region(Math.max(0, at - NAME_REACH), at);
            while (named.find()) {
                if (named.end() == at && noEnglishWord(named.group())) {
                    add(field, text, named.start(), named.end(), taken, found);
                }
            }
        }
        return found;
    }

    private boolean noEnglishWord(String name) {
        for (String word : name.split(" ")) {
            if (lexicon.isCommonWord(word) || NameVocabulary.TITLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static void add(String field, String text, int start, int end, List<FoundMention> taken,
                            List<FoundMention> found) {
        String name = text.substring(start, end);
        FoundMention mention = new FoundMention(field, start, end, name,
            new GazetteerEntry(EntityType.PERSON, name, null, null));
        if (taken.stream().noneMatch(mention::overlaps) && found.stream().noneMatch(mention::overlaps)) {
            found.add(mention);
        }
    }
}
