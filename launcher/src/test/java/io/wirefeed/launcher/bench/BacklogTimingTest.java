package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

class BacklogTimingTest {

    /** A topic the run reads: what was published and not yet read, a few records a poll. */
    private final Deque<byte[]> topic = new ArrayDeque<>();
    private int readSoFar;

    private BacklogTiming.Output output(int perPoll) {
        return () -> {
            List<byte[]> polled = new ArrayList<>();
            while (polled.size() < perPoll && !topic.isEmpty()) {
                polled.add(topic.poll());
                readSoFar++;
            }
            return polled;
        };
    }

    private void publish(String prefix, int count) {
        for (int i = 0; i < count; i++) {
            topic.add((prefix + i).getBytes());
        }
    }

    @Test
    void theMeasuredDispatchesArePublishedOnlyOnceTheWarmUpHasComeThrough() {
        publish("warm-up-", 10);
        List<String> events = new ArrayList<>();
        List<String> measured = new ArrayList<>();
        BacklogTiming timing = new BacklogTiming(output(3), (label, done, total) -> { },
            System.nanoTime() + 60_000_000_000L);

        double rate = timing.time("end to end", 10, 5, () -> events.add("clock started after " + readSoFar + " read"),
            () -> {
                events.add("measured published after " + readSoFar + " read");
                publish("measured-", 5);
            }, record -> measured.add(new String(record)));

        assertThat(events).containsExactly("clock started after 10 read", "measured published after 10 read");
        assertThat(measured).containsExactly("measured-0", "measured-1", "measured-2", "measured-3", "measured-4");
        assertThat(rate).isPositive();
    }

    @Test
    void aRunThatStopsComingThroughFailsAtTheDeadline() {
        publish("warm-up-", 2);
        BacklogTiming timing = new BacklogTiming(output(3), (label, done, total) -> { }, System.nanoTime());

        assertThatIllegalStateException().isThrownBy(() -> timing.time("end to end", 3, 1, () -> { }, () -> { },
            record -> { })).withMessageStartingWith("end to end (warm-up): ").withMessageEndingWith(" of 3 records");
    }
}
