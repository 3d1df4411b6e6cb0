package io.wirefeed.service.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import io.wirefeed.service.cli.TimeArgument;
import org.junit.jupiter.api.Test;

class SelectionTest {

    private final StoredLetter malformed = Letters.ingest(1, "Malformed XML at line 5", "<newsItem>", "application/xml");
    private final StoredLetter version = Letters.ingest(2, "Dispatch urn:a has version 50, beyond the largest accepted",
        Letters.ninjs("urn:a", 50), null);

    private static boolean matches(Selection selection, StoredLetter letter) {
        return selection.matches(letter, LetterFacts.of(letter));
    }

    @Test
    void everyCriterionGivenMustHold() {
        Selection byReason = new Selection(Set.of(), "BEYOND the largest", null, null, null, Set.of());
        Selection byFormat = new Selection(Set.of(), null, "ninjs", null, null, Set.of());
        Selection byBoth = new Selection(Set.of("ingest"), "malformed", "ninjs", null, null, Set.of());

        assertThat(matches(byReason, version)).isTrue();
        assertThat(matches(byReason, malformed)).isFalse();
        assertThat(matches(byFormat, version)).as("detected format").isTrue();
        assertThat(matches(new Selection(Set.of(), null, "application/xml", null, null, Set.of()), malformed)).isTrue();
        assertThat(matches(byBoth, malformed)).isFalse();
        assertThat(matches(new Selection(Set.of("enrich"), null, null, null, null, Set.of()), malformed)).isFalse();
        assertThat(Selection.ALL.isEverything()).isTrue();
        assertThat(matches(Selection.ALL, malformed)).isTrue();
    }

    @Test
    void timeRangesIncludeTheirStartAndNotTheirEnd() {
        Instant at = Letters.FAILED_AT;

        assertThat(matches(new Selection(Set.of(), null, null, at, at.plusSeconds(1), Set.of()), malformed)).isTrue();
        assertThat(matches(new Selection(Set.of(), null, null, at.minusSeconds(1), at, Set.of()), malformed)).isFalse();
        assertThat(matches(new Selection(Set.of(), null, null, TimeArgument.parse("2026-07-07"), null, Set.of()), malformed))
            .isTrue();
        assertThat(matches(new Selection(Set.of(), null, null, null, TimeArgument.parse("2026-07-07"), Set.of()), malformed))
            .isFalse();
        assertThatThrownBy(() -> new Selection(Set.of(), null, null, at, at, Set.of()))
            .hasMessageContaining("The time range is empty");
        assertThatThrownBy(() -> TimeArgument.parse("yesterday")).hasMessageContaining("neither an instant");
    }

    @Test
    void idsNameLettersByTopicPartitionAndOffset() {
        Selection two = new Selection(Set.of(), null, null, null, null,
            Set.of(LetterId.parse("other/0/1", "x"), LetterId.parse("0/2", "wirefeed.dead-letters")));

        assertThat(matches(two, version)).isTrue();
        assertThat(matches(two, malformed)).isFalse();
        assertThat(LetterId.parse("wirefeed.dead-letters/3/17", "other")).isEqualTo(
            new LetterId("wirefeed.dead-letters", 3, 17));
        assertThat(LetterId.parse("wirefeed.dead-letters/3/17", "other").toString()).isEqualTo("wirefeed.dead-letters/3/17");
        assertThatThrownBy(() -> LetterId.parse("3/x", "t")).hasMessageContaining("is not a dead letter's id");
    }
}
