package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

class BacklogTimingTest {

    private static final long SECOND = 1_000_000_000L;

    /** A topic the run reads: what was published and not yet read, three records a poll, each poll a second. */
    private final Deque<byte[]> topic = new ArrayDeque<>();
    private long now;
    private int readSoFar;

    private final BacklogTiming.Output output = () -> {
        now += SECOND;
        List<byte[]> polled = new ArrayList<>();
        while (polled.size() < 3 && !topic.isEmpty()) {
            polled.add(topic.poll());
            readSoFar++;
        }
        return polled;
    };

    private BacklogTiming timing(long deadline) {
        return new BacklogTiming(output, (label, done, total) -> { }, () -> now, deadline);
    }

    private void publish(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            topic.add((prefix + i).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theMeasuredDispatchesArePublishedAndTimedOnlyOnceTheWarmUpHasComeThrough() {
        publish("warm-up-", 10);
        List<String> events = new ArrayList<>();
        List<String> measured = new ArrayList<>();

        double rate = timing(Long.MAX_VALUE).time("end to end", 10, 5,
            () -> events.add("started after " + readSoFar + " read"),
            () -> {
                events.add("published after " + readSoFar + " read");
                now += SECOND;    // sending takes a second
                publish("measured-", 5);
            }, record -> measured.add(new String(record, StandardCharsets.UTF_8)));

        assertThat(events).containsExactly("started after 10 read", "published after 10 read");
        assertThat(measured).containsExactly("measured-0", "measured-1", "measured-2", "measured-3", "measured-4");
        // timed from before the sends (1 s) through the two polls that read them (2 s): neither the warm-up's four
        // polls nor less
        assertThat(rate).isCloseTo(5 / 3.0, within(1e-9));
    }

    @Test
    void moreRecordsThanDispatchesAreAnError() {
        publish("warm-up-", 2);

        assertThatIllegalStateException().isThrownBy(() -> timing(Long.MAX_VALUE).time("end to end", 0, 1, () -> { },
            () -> { }, record -> { })).withMessage("end to end: more records than the 1 dispatches sent");
    }

    @Test
    void aRunThatStopsComingThroughFailsAtTheDeadline() {
        publish("warm-up-", 2);

        assertThatIllegalStateException().isThrownBy(() -> timing(5 * SECOND).time("end to end", 3, 1, () -> { },
            () -> { }, record -> { })).withMessage("end to end (warm-up): 2 of 3 records");
    }
}
