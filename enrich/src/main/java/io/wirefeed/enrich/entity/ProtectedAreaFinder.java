package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.EntityType;

/**
 * Parks and reserves, named by up to four capitalised words and their kind: "Kaziranga National Park", "Kainji
 * Lake National Park", "W National Park", "Siuslaw National Forest". They are places, where their words alone read as
 * a person's name or as nothing at all.
 */
final class ProtectedAreaFinder implements MentionFinder {

    private static final Pattern AREA = Pattern.compile("(?<![\\p{L}\\d'’-])(?!The )(?:\\p{Lu}[\\p{L}'’-]* ){1,4}"
        + "(?:National Park|National Forest|National Reserve|Game Reserve|Nature Reserve|Forest Reserve|Tiger Reserve|"
        + "Biosphere Reserve|Wildlife Sanctuary|Marine Park)(?![\\p{L}\\d])");

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        if (!text.contains(" Park") && !text.contains(" Reserve") && !text.contains(" Forest")
                && !text.contains(" Sanctuary")) {
            return List.of();
        }
        List<FoundMention> found = new ArrayList<>();
        Matcher area = AREA.matcher(text);
        while (area.find()) {
            FoundMention mention = new FoundMention(field, area.start(), area.end(), area.group(),
                new GazetteerEntry(EntityType.PLACE, area.group(), null, null));
            if (taken.stream().noneMatch(mention::overlaps)) {
                found.add(mention);
            }
        }
        return found;
    }
}
