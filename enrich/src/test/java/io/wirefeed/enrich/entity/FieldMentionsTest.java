package io.wirefeed.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.wirefeed.schema.EntityType;
import org.junit.jupiter.api.Test;

class FieldMentionsTest {

    private static FoundMention mention(String field, int start, int end, EntityType type) {
        return new FoundMention(field, start, end, "x".repeat(end - start), new GazetteerEntry(type, "x", null, null));
    }

    @Test
    void overlappingComeInTheOrderOfTheListTheyWereMadeFrom() {
        FoundMention late = mention("body", 40, 45, EntityType.PLACE);
        FoundMention wide = mention("body", 0, 60, EntityType.ORGANIZATION);
        FoundMention early = mention("body", 10, 12, EntityType.PERSON);
        FoundMention otherField = mention("headline", 10, 50, EntityType.PLACE);
        FieldMentions index = FieldMentions.of(List.of(late, otherField, wide, early), "body");

        assertThat(index.overlapping(11, 41)).containsExactly(late, wide, early);
        assertThat(index.overlapping(45, 50)).containsExactly(wide);
        assertThat(index.overlapping(60, 70)).isEmpty();
    }

    @Test
    void findsWhatAScanOfTheWholeListFinds() {
        Random random = new Random(15);
        List<FoundMention> mentions = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int start = random.nextInt(1000);
            mentions.add(mention(random.nextBoolean() ? "body" : "headline", start, start + 1 + random.nextInt(40),
                EntityType.values()[random.nextInt(EntityType.values().length)]));
        }
        FieldMentions index = FieldMentions.of(mentions, "body");
        for (int start = 0; start < 1050; start += 7) {
            int end = start + 1 + random.nextInt(30);
            int from = start;
            assertThat(index.overlapping(start, end)).containsExactlyElementsOf(mentions.stream()
                .filter(m -> m.field().equals("body") && m.start() < end && from < m.end()).toList());
            assertThat(index.placeEndsAt(end)).isEqualTo(mentions.stream()
                .anyMatch(m -> m.field().equals("body") && m.end() == end && m.entity().type() == EntityType.PLACE));
        }
    }
}
