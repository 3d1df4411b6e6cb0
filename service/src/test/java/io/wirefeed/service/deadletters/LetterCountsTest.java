package io.wirefeed.service.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.wirefeed.ingest.InputLimits;
import io.wirefeed.ingest.Intake;
import io.wirefeed.ingest.format.WireFormats;
import org.junit.jupiter.api.Test;

class LetterCountsTest {

    private final Replays replays = new Replays(new Intake(new WireFormats(), new InputLimits(1 << 20, 1001)), value -> {
        throw new IllegalArgumentException("no record");
    }, Clock.fixed(Instant.parse("2026-07-08T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void countsEachDimensionMostFrequentFirstAndHoursInOrder() {
        LetterCounts counts = new LetterCounts();
        for (StoredLetter letter : List.of(
                Letters.ingest(1, "Malformed XML at line 5, column 2: x", "<newsItem><headline>", null),
                Letters.ingest(2, "Malformed XML at line 9, column 1: y", "<newsItem>", null),
                Letters.ingest(3, "Dispatch urn:a has version 50, beyond the largest accepted, 11 "
                    + "(ingest.max.version.jump)", "{\"uri\":\"urn:a\",\"version\":50,\"headline\":\"H\","
                    + "\"copyrightholder\":\"Montsame\",\"body_text\":\"b\"}", "application/ninjs+json"))) {
            Outcome outcome = replays.judge(letter);
            counts.add(LetterFacts.of(letter), outcome, replays.agencies(letter, outcome));
        }

        assertThat(counts.total()).isEqualTo(3);
        assertThat(counts.of(LetterCounts.Dimension.REASON)).containsExactly(
            java.util.Map.entry("Malformed XML at line …, column …", 2),
            java.util.Map.entry("Dispatch … has version …, beyond the largest accepted, … (ingest.max.version.jump)", 1));
        assertThat(counts.of(LetterCounts.Dimension.FORMAT)).containsEntry("newsml-g2", 2)
            .containsEntry("application/ninjs+json", 1);
        assertThat(counts.of(LetterCounts.Dimension.REPLAY)).containsExactly(
            java.util.Map.entry("would be refused again", 2), java.util.Map.entry("would be published", 1));
        assertThat(counts.of(LetterCounts.Dimension.AGENCY)).containsOnlyKeys("unknown", "Montsame");
        assertThat(counts.render("wirefeed.dead-letters")).startsWith("3 dead letters in wirefeed.dead-letters\n")
            .contains("\nBy reason:\n  2  Malformed XML at line …, column …\n")
            .contains("\nBy hour (UTC):\n  3  2026-07-07 10:00Z\n");
    }

    @Test
    void noLettersIsOneLine() {
        assertThat(new LetterCounts().render("t")).isEqualTo("0 dead letters in t\n");
    }
}
