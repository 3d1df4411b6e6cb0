package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.EntityType;

/**
 * Names whose shape says what they are, found by a pattern: each match no earlier finder took is an entity of the
 * pattern's type, named as written.
 */
final class PatternNameFinder implements MentionFinder {

    /**
     * Military units named by their number, as armies write them without an ordinal's ending: "22 Armoured Brigade",
     * "the Army's 2 Division", "3 Battalion". The number is the name's: without it "Armoured Brigade" is no unit,
     * and "Division" alone is no name at all.
     */
    private static final Pattern NUMBERED_UNIT = Pattern.compile("(?<![\\p{L}\\d.,$€£-])\\d{1,3}(?:st|nd|rd|th)? "
        + "(?:\\p{Lu}\\p{L}+ ){0,3}(?:Brigade|Division|Battalion|Regiment|Corps|Squadron|Commando|Flotilla)"
        + "(?![\\p{L}\\d-])(?! \\p{Lu})");

    /**
     * Parks and reserves, named by up to four capitalised words and their kind: "Kaziranga National Park", "Kainji
     * Lake National Park", "W National Park". Places, where their words alone read as a person's name or as nothing.
     */
    private static final Pattern PROTECTED_AREA = Pattern.compile("(?<![\\p{L}\\d'’-])(?!The )"
        + "(?:\\p{Lu}[\\p{L}'’-]* ){1,4}(?:National Park|National Forest|National Reserve|Game Reserve|Nature Reserve|"
        + "Forest Reserve|Tiger Reserve|Biosphere Reserve|Wildlife Sanctuary|Marine Park)(?![\\p{L}\\d])");

    private final Pattern pattern;
    private final EntityType type;
    /** Whether a field may hold a match: the pattern is tried only where it may, as most fields hold none. */
    private final Predicate<String> mayHold;

    private PatternNameFinder(Pattern pattern, EntityType type, Predicate<String> mayHold) {
        this.pattern = pattern;
        this.type = type;
        this.mayHold = mayHold;
    }

    static PatternNameFinder numberedUnits() {
        return new PatternNameFinder(NUMBERED_UNIT, EntityType.ORGANIZATION, text -> UNITS.stream()
            .anyMatch(text::contains));
    }

    /** The words a numbered unit ends in, looked for before the pattern is tried: most fields have none. */
    private static final List<String> UNITS = List.of(" Brigade", " Division", " Battalion", " Regiment", " Corps",
        " Squadron", " Commando", " Flotilla");

    static PatternNameFinder protectedAreas() {
        return new PatternNameFinder(PROTECTED_AREA, EntityType.PLACE, text -> text.contains(" Park")
            || text.contains(" Reserve") || text.contains(" Forest") || text.contains(" Sanctuary"));
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        if (!mayHold.test(text)) {
            return List.of();
        }
        List<FoundMention> found = new ArrayList<>();
        Matcher name = pattern.matcher(text);
        while (name.find()) {
            FoundMention mention = new FoundMention(field, name.start(), name.end(), name.group(),
                new GazetteerEntry(type, name.group(), null, null));
            if (!mention.overlapsAny(taken)) {
                found.add(mention);
            }
        }
        return found;
    }
}
