package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.EntityType;

/**
 * Military units named by their number, as armies write them without an ordinal's ending: "22 Armoured Brigade",
 * "the Army's 2 Division", "3 Battalion". The number is the name's: without it "Armoured Brigade" is no unit, and
 * "Division" alone is no name at all.
 */
final class NumberedUnitFinder implements MentionFinder {

    /** A number of one to three digits with or without its ordinal ending, up to three capitalised words, the unit. */
    private static final Pattern UNIT = Pattern.compile("(?<![\\p{L}\\d.,$€£-])\\d{1,3}(?:st|nd|rd|th)? "
        + "(?:\\p{Lu}\\p{L}+ ){0,3}(?:Brigade|Division|Battalion|Regiment|Corps|Squadron|Commando|Flotilla)"
        + "(?![\\p{L}\\d-])(?! \\p{Lu})");

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>();
        Matcher unit = UNIT.matcher(text);
        while (unit.find()) {
            FoundMention mention = new FoundMention(field, unit.start(), unit.end(), unit.group(),
                new GazetteerEntry(EntityType.ORGANIZATION, unit.group(), null, null));
            if (taken.stream().noneMatch(mention::overlaps)) {
                found.add(mention);
            }
        }
        return found;
    }
}
