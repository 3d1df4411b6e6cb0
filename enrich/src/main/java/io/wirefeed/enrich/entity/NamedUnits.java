package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.enrich.text.WordSet;
import io.wirefeed.schema.EntityType;

/**
 * "the Jaime Martínez front", "the Škaljari clan", "the Kirchner bloc": a name no list knows before the kind of an
 * armed group's unit, a crime family or a political bloc names the unit, the family or the bloc, an organisation, with
 * its kind; before the plural ("the Jaime Martínez and Dagoberto Ramos fronts") each name listed is one, without it.
 * Dissident fronts are named after dead commanders, so a person's name is what the finders read there.
 */
final class NamedUnits {

    private static final Set<String> KINDS = WordSet.of("front", "Front", "clan", "Clan", "bloc", "Bloc");
    private static final Set<String> PLURALS = WordSet.of("fronts", "Fronts", "clans", "Clans", "blocs", "Blocs");

    /** "the Kavač clan": capitalised words no finder read between "the" and a unit's kind. */
    private static final Pattern UNREAD = Pattern.compile("\\b[Tt]he ((?:\\p{Lu}[\\p{L}'’-]+ ){1,3}(?:front|clan|bloc))\\b");

    private NamedUnits() {
    }

    /** The mentions with each unit's name made the unit's, and the units no finder read. */
    static List<FoundMention> named(String field, String text, List<FoundMention> mentions) {
        List<FoundMention> named = new ArrayList<>(mentions.size());
        for (FoundMention mention : mentions) {
            named.add(unit(text, mention, mentions));
        }
        if (text.contains(" clan") || text.contains(" front") || text.contains(" bloc")) {
            Matcher unread = UNREAD.matcher(text);
            while (unread.find()) {
                FoundMention unit = new FoundMention(field, unread.start(1), unread.end(1), unread.group(1),
                    new GazetteerEntry(EntityType.ORGANIZATION, unread.group(1), null, null));
                if (!unit.overlapsAny(named) && !ofPlaceOrPeople(unread.group(1))) {
                    named.add(unit);
                }
            }
        }
        return named;
    }

    private static FoundMention unit(String text, FoundMention mention, List<FoundMention> mentions) {
        if (mention.entity().id() != null || mention.entity().type() == EntityType.PLACE) {
            return mention;
        }
        String kind = wordAfter(text, mention.end());
        if (KINDS.contains(kind)) {
            int end = mention.end() + 1 + kind.length();
            return organisation(mention, end, text.substring(mention.start(), end));
        }
        if (PLURALS.contains(kind) || listedBeforePlural(text, mention, mentions)) {
            return organisation(mention, mention.end(), mention.text());
        }
        return mention;
    }

    /** "the Soviet bloc", "the Eastern bloc", "the Gaza front": a people's, a place's or a compass point's. */
    private static boolean ofPlaceOrPeople(String unit) {
        String name = unit.substring(0, unit.lastIndexOf(' '));
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
        if (of.entity().type() == EntityType.ORGANIZATION && end == of.end()) {
            return of;
        }
        return new FoundMention(of.field(), of.start(), end, written,
            new GazetteerEntry(EntityType.ORGANIZATION, Tokens.singleSpaced(written), null, of.entity().country()));
    }
}
