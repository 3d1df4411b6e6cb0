package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * "J.Enkhtuvshin", "Ts.Oyunchimeg": a person as Mongolian copy writes one, the initial of the father's name glued to
 * the given name by a full stop. The form is a person's wherever it stands ("Herder D.Batbayar from Ikh-Uul"); where
 * a finder read capitalised words before it into the name ("Light Industry J.Enkhtuvshin", a minister's portfolio),
 * the person begins at the initial, and where it read the initial alone ("Governor Ts"), the person is the whole
 * name. Not a name the lists know ("St.Petersburg"), a compass point's ("N.Korean"), a species' ("E.Coli") or an
 * everyday word's ("J.Crew").
 */
final class GluedInitials {

    /** One capital, or a Mongolian digraph, a full stop and a name, with no letter or full stop right before. */
    private static final Pattern NAME = Pattern.compile(
        "(?<![\\p{L}.])(?:\\p{Lu}|Ts|Kh|Ch|Sh|Zh)\\.\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?(?!\\p{L})(?!\\.\\p{L})");
    /** How far past a mention's end its glued name may run ("Ts" of "Ts.Oyunchimeg"). */
    private static final int REACH = 40;

    private GluedInitials() {
    }

    /** The glued names of the text no other finder read, as people. */
    static List<FoundMention> people(String field, String text, List<FoundMention> taken, Gazetteer lists) {
        if (text.indexOf('.') < 0) {
            return List.of();
        }
        List<FoundMention> found = new ArrayList<>(0);
        Matcher name = NAME.matcher(text).useTransparentBounds(true);
        // The pattern is tried only where a full stop has a capital before it and a capital and a small letter after:
        // tried at every character, its look-behind would cost more than all the finders' work on the text.
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            int start = initialBefore(text, dot);
            if (start >= 0 && name.region(start, text.length()).lookingAt()) {
                FoundMention person = FoundMention.unlisted(field, text, name.start(), name.end(), EntityType.PERSON);
                if (!person.overlapsAny(taken) && personal(person.text(), dot - name.start(), lists)) {
                    found.add(person);
                }
            }
        }
        return found;
    }

    /** Compass points as the initials that abbreviate them: "N.Korean" is North Korean, "E.Timor" East Timor. */
    private static final Map<String, String> COMPASS = Map.of("N", "North", "S", "South", "E", "East", "W", "West");
    /** Species abbreviated after their genus ("E.Coli", "H.Pylori", "T.Rex"), no people. */
    private static final Set<String> SPECIES = WordSet.of("Coli", "Pylori", "Rex", "Aureus", "Cholerae", "Typhi");

    /**
     * Whether an initial and the word after it, glued or with a full stop and a space, abbreviate no person's name but
     * a compass point's place or people ("N.Korean", "S. Korean", "E.Timor") or a species ("E.Coli", "T. Rex").
     */
    static boolean abbreviation(String initial, String word, Gazetteer lists) {
        String compass = COMPASS.get(initial);
        return compass != null && lists.lookup(NameKeys.of(compass + " " + word)).length > 0 || SPECIES.contains(word);
    }

    /**
     * Whether a glued name is a person's: not a name the lists know ("St.Petersburg"), an {@link #abbreviation} or an
     * everyday word after an initial ("J.Crew").
     */
    private static boolean personal(String name, int dot, Gazetteer lists) {
        String rest = name.substring(dot + 1);
        return lists.lookup(NameKeys.of(name)).length == 0 && !abbreviation(name.substring(0, dot), rest, lists)
            && !Lexicon.shipped().isCommonWord(rest.toLowerCase(Locale.ROOT));
    }

    /** Where an initial glued by the full stop at {@code dot} to a capitalised word begins, or -1. */
    private static int initialBefore(String text, int dot) {
        if (dot < 1 || dot + 2 >= text.length() || !Character.isUpperCase(text.charAt(dot + 1))
                || !Character.isLowerCase(text.charAt(dot + 2))) {
            return -1;
        }
        if (Character.isUpperCase(text.charAt(dot - 1))) {
            return dot - 1;
        }
        return dot >= 2 && Character.isUpperCase(text.charAt(dot - 2)) && Character.isLowerCase(text.charAt(dot - 1))
            ? dot - 2 : -1;
    }

    /**
     * The person a mention names as the glued name it holds or begins: from the initial on when words before it were
     * read into the name, the whole name when only its initial was ("Governor Ts" of "Governor Ts.Oyunchimeg").
     */
    static FoundMention fromTheInitial(String text, FoundMention mention) {
        if (mention.entity().type() != EntityType.PERSON || mention.entity().id() != null) {
            return mention;
        }
        int dot = text.indexOf('.', mention.start());
        if (dot < 0 || dot >= mention.end() + 2) {
            return mention;
        }
        Matcher name = NAME.matcher(text).useTransparentBounds(true)
            .region(mention.start(), Math.min(text.length(), mention.end() + REACH));
        if (name.find() && name.start() < mention.end() && name.end() >= mention.end()
                && (name.start() == mention.start() || Character.isWhitespace(text.charAt(name.start() - 1)))) {
            return FoundMention.unlisted(mention.field(), text, name.start(), name.end(), EntityType.PERSON);
        }
        return mention;
    }
}
