package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * "the Jaime Martínez front", "the Škaljari clan": a person's name before "front" names an armed group's unit, with the
 * word (dissident fronts are named after dead commanders, so a person's name is what the finders read there), and
 * before the plural each name listed is one ("the Jaime Martínez and Dagoberto Ramos fronts", "the Tymoshenko and
 * Lytvyn blocs"); capitalised words no finder read before "front" or "clan" are the unit or the crime family ("the
 * Kavač clan"). Not a front bench, office or page.
 */
final class NamedUnits {

    private static final Set<String> PLURALS = WordSet.of("fronts", "Fronts", "clans", "Clans", "blocs", "Blocs");
    /** Nouns "front" opens ("the Labour front bench", "the Yankees front office", "the Daily Mail front page"). */
    private static final Set<String> FRONT_COMPOUNDS = WordSet.of("bench", "benches", "office", "page", "pages", "line",
        "lines", "row", "rows", "door", "doors", "seat", "seats", "end", "yard", "porch", "desk", "wheel", "wheels",
        "runner", "runners", "cover", "teeth", "window", "windows", "lawn", "room", "foot");

    /** Underworlds whose clans they name in general ("the Camorra clan that controlled Scampia"). */
    private static final Set<String> WHOLE_UNDERWORLDS = WordSet.of("Camorra", "Mafia", "Yakuza", "Ndrangheta",
        "'Ndrangheta", "Triad", "Triads", "Mob");

    /** "the Kavač clan": capitalised words no finder read between "the" and a unit's kind. */
    private static final Pattern UNREAD = Pattern.compile("\\b[Tt]he ((?:\\p{Lu}[\\p{L}'’-]+ ){1,3}(?:front|clan))\\b");

    private NamedUnits() {
    }

    /** The mentions with each unit's name made the unit's, and the units no finder read. */
    static List<FoundMention> named(String field, String text, List<FoundMention> mentions) {
        List<FoundMention> named = new ArrayList<>(mentions.size());
        for (FoundMention mention : mentions) {
            named.add(unit(text, mention, mentions));
        }
        if (text.contains(" clan") || text.contains(" front")) {
            Matcher unread = UNREAD.matcher(text);
            while (unread.find()) {
                if (compound(text, unread.end(1))) {
                    continue;
                }
                FoundMention unit = new FoundMention(field, unread.start(1), unread.end(1), unread.group(1),
                    new GazetteerEntry(EntityType.ORGANIZATION, unread.group(1), null, null));
                if (!unit.overlapsAny(named) && !noUnitsName(unread.group(1))) {
                    named.add(unit);
                }
            }
        }
        return named;
    }

    /**
     * Only a person's name, as a finder read it: a body's name before the word ("the EU bloc", "the Labour front
     * bench") stays the body's, and a family's is a family's ("the Marcos clan").
     */
    private static FoundMention unit(String text, FoundMention mention, List<FoundMention> mentions) {
        if (mention.entity().id() != null) {
            return mention;
        }
        if (mention.entity().type() == EntityType.ORGANIZATION) {
            return clanReadAsItsName(text, mention);
        }
        if (mention.entity().type() != EntityType.PERSON) {
            return mention;
        }
        String kind = wordAfter(text, mention.end());
        if (kind.equalsIgnoreCase("front") && !compound(text, mention.end() + 1 + kind.length())) {
            int end = mention.end() + 1 + kind.length();
            return organisation(mention, end, text.substring(mention.start(), end));
        }
        if (PLURALS.contains(kind) || listedBeforePlural(text, mention, mentions)) {
            return organisation(mention, mention.end(), mention.text());
        }
        return mention;
    }

    /**
     * "the Licciardi clan": an organisation no list knows, read from one word alone, is the crime family the name and
     * "clan" after it name, as the words no finder read are; not an underworld's clan ("the Camorra clan") nor a clan
     * of somewhere ("the Cosa Nostra clan of Brancaccio").
     */
    private static FoundMention clanReadAsItsName(String text, FoundMention mention) {
        int start = mention.start();
        if (!wordAfter(text, mention.end()).equals("clan") || start < 4
                || !text.substring(start - 4, start).equalsIgnoreCase("the ")
                || start > 4 && Character.isLetter(text.charAt(start - 5))
                || mention.text().indexOf(' ') >= 0 || text.startsWith(" clan of ", mention.end())) {
            return mention;
        }
        int end = mention.end() + " clan".length();
        return noUnitsName(mention.text() + " clan") ? mention : organisation(mention, end, text.substring(start, end));
    }

    /** Whether the name before a unit's kind is a place's, a people's, a family's or a whole underworld's. */
    private static boolean noUnitsName(String unit) {
        return ofPlaceOrPeople(unit) || family(unit) || WHOLE_UNDERWORLDS.contains(nameOf(unit));
    }

    /** The unit's name without its kind: "Kavač" of "Kavač clan". */
    private static String nameOf(String unit) {
        return unit.substring(0, unit.lastIndexOf(' '));
    }

    /** "the Marcos clan", "the Kennedy clan": a family named by a given name or a person the lists know. */
    private static boolean family(String unit) {
        for (String word : nameOf(unit).split(" ")) {
            if (Lexicon.shipped().isGivenName(word)
                    || Gazetteer.shipped().knowsAs(NameKeys.of(word), KnownName.Kind.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /** "the Soviet bloc", "the Eastern bloc", "the Gaza front": a people's, a place's or a compass point's. */
    private static boolean ofPlaceOrPeople(String unit) {
        String name = nameOf(unit);
        String key = NameKeys.of(name);
        return NameVocabulary.COMPASS_POINTS.contains(name) || NameVocabulary.PEOPLES_OF_NO_COUNTRY.contains(key)
            || Gazetteer.shipped().knowsAs(key, KnownName.Kind.DEMONYM, KnownName.Kind.COUNTRY, KnownName.Kind.REGION,
                KnownName.Kind.CAPITAL, KnownName.Kind.CITY);
    }

    /** "Jaime Martínez" of "the Jaime Martínez and Dagoberto Ramos fronts": a name and another before the plural. */
    private static boolean listedBeforePlural(String text, FoundMention mention, List<FoundMention> mentions) {
        int next = mention.end() + " and ".length();
        if (!text.startsWith(" and ", mention.end())) {
            return false;
        }
        for (FoundMention other : mentions) {
            if (other.start() == next && other.entity().id() == null && PLURALS.contains(wordAfter(text, other.end()))) {
                return true;
            }
        }
        return false;
    }

    /** "front bench", "front office": a noun the word "front" ending at {@code end} opens. */
    private static boolean compound(String text, int end) {
        return FRONT_COMPOUNDS.contains(wordAfter(text, end));
    }

    /** The word after one space at {@code at}, or "" when no such word follows. */
    private static String wordAfter(String text, int at) {
        if (at >= text.length() || text.charAt(at) != ' ') {
            return "";
        }
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(at + 1, end);
    }

    private static FoundMention organisation(FoundMention of, int end, String written) {
        return new FoundMention(of.field(), of.start(), end, written,
            new GazetteerEntry(EntityType.ORGANIZATION, Tokens.singleSpaced(written), null, of.entity().country()));
    }
}
