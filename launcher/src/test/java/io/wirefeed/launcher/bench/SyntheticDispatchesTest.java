package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.wirefeed.schema.Dispatch;
import org.junit.jupiter.api.Test;

class SyntheticDispatchesTest {

    private static final Instant START = Instant.parse("2026-07-07T06:00:00Z");

    @Test
    void theSameSeedGivesTheSameDispatches() {
        SyntheticDispatches first = new SyntheticDispatches(7, START);
        SyntheticDispatches second = new SyntheticDispatches(7, START);
        IntStream.range(0, 50).forEach(i -> assertThat(first.next()).isEqualTo(second.next()));
    }

    @Test
    void bodiesHaveTheLengthsOfWireCopyAndStoriesAreDistinct() {
        SyntheticDispatches generator = new SyntheticDispatches(1, START);
        List<Integer> words = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Dispatch dispatch = generator.next();
            words.add(dispatch.getBody().split("\\s+").length);
            ids.add(dispatch.getId());
            assertThat(dispatch.getBody()).startsWith(dispatch.getDateline().getText() + " (" + dispatch.getAgency()
                + ") -- ");
        }
        List<Integer> sorted = words.stream().sorted().toList();
        assertThat(sorted.get(sorted.size() / 2)).isBetween(250, 380);
        assertThat(sorted.get(sorted.size() / 10)).isBetween(150, 260);
        assertThat(sorted.get(sorted.size() * 9 / 10)).isBetween(400, 700);
        assertThat(ids).doesNotHaveDuplicates();
    }
}
