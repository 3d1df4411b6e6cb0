package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.dedupe.DedupeStore;
import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.SeenCodec;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.SampleDispatches;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The dedupe step on its own, in a {@link MockProcessorContext}: its stores in memory, its punctuations fired by the
 * test at the time of the test's clock, no waiting.
 */
class DedupeProcessorTest {

    private static final Instant T0 = Instant.parse("2026-07-07T08:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Duration GRACE = Duration.ofMillis(200);
    private static final String STORY = "TASHKENT, July 7 (Xinhua) -- Security chiefs of five Central Asian states "
        + "agreed on Tuesday to hold joint counter-terrorism drills near the Afghan border next spring, the "
        + "Security Council of Uzbekistan said.\n\nThe exercise will involve about 3,000 troops and special forces "
        + "from Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, the statement said.";
    private static final DispatchDescriber DESCRIBER = DispatchDescriber.standard();

    private final TestClock clock = new TestClock(T0);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MockProcessorContext<String, Ruling> context = new MockProcessorContext<>();
    private final KeyValueStore<String, byte[]> versions = store(StoreBackedDedupeStore.VERSIONS, Serdes.ByteArray());
    private final KeyValueStore<String, DescribedArrival> buffer;
    private long offset;

    DedupeProcessorTest() {
        store(StoreBackedDedupeStore.EXACT, Serdes.ByteArray());
        store(StoreBackedDedupeStore.BANDS, Serdes.ByteArray());
        store(StoreBackedDedupeStore.TEXTS, Serdes.ByteArray());
        buffer = store(DedupeProcessor.BUFFER, DescribedArrival.SERDE);
    }

    private <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
            Serdes.String(), values).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }

    private DedupeProcessor started(Duration grace) {
        DedupeProcessor processor = new DedupeProcessor(RETENTION, grace, EnrichMetricsTest.bound(meters), clock);
        processor.init(context);
        return processor;
    }

    /**
     * A described dispatch's arrival as it reaches the dedupe step, from the next offset of the repartition topic (its
     * dispatch parked at the same offset of input partition 3).
     */
    private void send(DedupeProcessor processor, String id, String body, Instant received) {
        Dispatch dispatch = Dispatch.newBuilder(SampleDispatches.dispatch(id, 1)).setBody(body).setReceivedAt(received)
            .build();
        EnrichedDispatch described = DESCRIBER.describe(dispatch, received);
        context.setRecordMetadata(StreamTopics.arrivalsRepartition("enrich"), 0, offset);
        processor.process(new Record<>(id, new DescribedArrival(Deduplicator.arrival(described),
            Deduplicator.fingerprint(described), new DescribedArrival.Parking(3, offset)), received.toEpochMilli()));
        offset++;
    }

    private Punctuator punctuation(Duration interval) {
        return context.scheduledPunctuators().stream().filter(p -> p.getInterval().equals(interval) && !p.cancelled())
            .findFirst().orElseThrow().getPunctuator();
    }

    /** Runs the reorder buffer's punctuation, if one is scheduled: none is while the buffer is empty. */
    private void release() {
        context.scheduledPunctuators().stream()
            .filter(p -> p.getInterval().equals(DedupeProcessor.PUNCTUATION) && !p.cancelled()).findFirst()
            .ifPresent(p -> p.getPunctuator().punctuate(clock.millis()));
    }

    /** What was forwarded, each as story, id and verdict. */
    private List<String> judged() {
        List<String> judged = context.forwarded().stream()
            .map(forward -> forward.record().value())
            .map(ruling -> ruling.decision().story() + ":" + ruling.id() + ":" + ruling.decision().dedupe().getVerdict())
            .toList();
        context.resetForwards();
        return judged;
    }

    @Test
    void withNoGraceEachDispatchIsJudgedAsItArrivesAndItsRulingSentToWhereItIsParked() {
        DedupeProcessor processor = started(Duration.ZERO);

        send(processor, "xinhua-1", STORY, T0);
        send(processor, "afp-7", STORY.replace("(Xinhua) --", "(AFP) -"), T0.plusSeconds(1));

        assertThat(context.forwarded()).extracting(forward -> forward.record().key() + "@"
                + forward.record().value().parking().partition() + ":" + forward.record().value().parking().offset())
            .containsExactly("xinhua-1@3:0", "afp-7@3:1");
        assertThat(judged()).containsExactly("xinhua-1:xinhua-1:UNIQUE", "xinhua-1:afp-7:NEAR_DUPLICATE");
    }

    @Test
    void aDispatchTheStepCannotJudgeGoesOutUniqueAndCountedRatherThanStayParked() {
        DedupeProcessor processor = started(Duration.ZERO);
        // what an earlier version of the id left is unreadable (written by a newer release, or damaged)
        versions.put("xinhua-1", new byte[] {99, 0, 1});

        send(processor, "xinhua-1", STORY, T0);
        send(processor, "afp-7", STORY.replace("(Xinhua) --", "(AFP) -"), T0.plusSeconds(1));

        assertThat(judged()).containsExactly("xinhua-1:xinhua-1:UNIQUE", "afp-7:afp-7:UNIQUE");
        assertThat(meters.get("wirefeed.enrich.dedupe.unjudged").counter().count()).isEqualTo(1.0);
    }

    @Test
    void withAGraceADispatchIsHeldUntilTheClockIsThatFarPastItsReceipt() {
        DedupeProcessor processor = started(GRACE);
        send(processor, "xinhua-1", STORY, T0);

        clock.advance(GRACE.minusMillis(1));
        release();
        assertThat(judged()).as("held for the grace").isEmpty();

        clock.advance(Duration.ofMillis(1));
        release();
        assertThat(judged()).containsExactly("xinhua-1:xinhua-1:UNIQUE");
        release();
        assertThat(judged()).as("released once").isEmpty();
    }

    @Test
    void withAGraceLookAlikesArrivingOutOfOrderAreJudgedInTheOrderTheyWereReceived() {
        DedupeProcessor processor = started(GRACE);
        clock.advance(Duration.ofMillis(150));
        send(processor, "afp-7", STORY.replace("(Xinhua) --", "(AFP) -") + "\n\nThe talks were closed.",
            T0.plusMillis(100));
        send(processor, "xinhua-1", STORY, T0);

        release();
        assertThat(judged()).as("neither has waited the grace").isEmpty();
        clock.advance(Duration.ofMillis(150));
        release();

        assertThat(judged()).containsExactly("xinhua-1:xinhua-1:UNIQUE", "xinhua-1:afp-7:NEAR_DUPLICATE");
    }

    /**
     * The reorder buffer's keys are the same on every pod, whatever digits its locale writes numbers with (the
     * changelog outlives a pod, and a pod in another locale would read them out of order).
     */
    @Test
    void theReorderBuffersKeysAreWrittenInAsciiDigitsInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            DedupeProcessor processor = started(GRACE);
            send(processor, "xinhua-1", STORY, T0);
            try (KeyValueIterator<String, DescribedArrival> all = buffer.all()) {
                assertThat(all.next().key).isEqualTo(String.format(Locale.ROOT, "%015d|0|%019d", T0.toEpochMilli(), 0));
            }

            clock.advance(GRACE);
            release();
            assertThat(judged()).containsExactly("xinhua-1:xinhua-1:UNIQUE");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theHourlySweepLooksAtABoundedNumberOfEntriesAndTheSecondlyStepsFinishIt() {
        DedupeProcessor processor = started(Duration.ZERO);
        int expired = DedupeProcessor.SWEEP_ENTRIES + 1_000;
        for (int i = 0; i < expired; i++) {
            versions.put(String.format("old-%05d", i), SeenCodec.version(new DedupeStore.SeenVersion(1, "old",
                T0.minus(RETENTION).minusSeconds(1))));
        }
        send(processor, "xinhua-1", STORY, T0);
        assertThat(versions.approximateNumEntries()).isEqualTo(expired + 1);
        assertThat(scheduled(DedupeProcessor.SWEEP_STEP)).as("no sweep under way, no steps").isFalse();

        punctuation(DedupeProcessor.SWEEP).punctuate(clock.millis());
        assertThat(versions.approximateNumEntries()).as("one bounded step").isEqualTo(1_000 + 1);
        assertThat(scheduled(DedupeProcessor.SWEEP_STEP)).as("steps while the sweep is under way").isTrue();

        punctuation(DedupeProcessor.SWEEP_STEP).punctuate(clock.millis());
        assertThat(versions.approximateNumEntries()).as("resumed and finished").isEqualTo(1);
        assertThat(versions.get("xinhua-1")).as("what is within the retention stays").isNotNull();
        assertThat(scheduled(DedupeProcessor.SWEEP_STEP)).as("no steps once it is through").isFalse();
    }

    @Test
    void aSuspendedTaskCancelsItsPunctuationsAndOneResumedSchedulesThemOnce() {
        DedupeProcessor processor = started(Duration.ZERO);
        for (int i = 0; i < 2 * DedupeProcessor.SWEEP_ENTRIES + 1_000; i++) {
            versions.put(String.format("old-%05d", i), SeenCodec.version(new DedupeStore.SeenVersion(1, "old",
                T0.minus(RETENTION).minusSeconds(1))));
        }
        punctuation(DedupeProcessor.SWEEP).punctuate(clock.millis());
        assertThat(scheduled(DedupeProcessor.SWEEP_STEP)).isTrue();

        // Kafka Streams keeps a task's schedules when it suspends or revives it: close, then init on the processor
        processor.close();
        assertThat(context.scheduledPunctuators()).allMatch(MockProcessorContext.CapturedPunctuator::cancelled);
        processor.init(context);

        assertThat(context.scheduledPunctuators()).filteredOn(punctuator -> !punctuator.cancelled())
            .extracting(MockProcessorContext.CapturedPunctuator::getInterval).containsExactly(DedupeProcessor.SWEEP);
        punctuation(DedupeProcessor.SWEEP).punctuate(clock.millis());
        assertThat(context.scheduledPunctuators()).filteredOn(punctuator -> !punctuator.cancelled()
            && punctuator.getInterval().equals(DedupeProcessor.SWEEP_STEP)).hasSize(1);
    }

    @Test
    void theBuffersPunctuationRunsOnlyWhileItHoldsDispatches() {
        DedupeProcessor processor = started(GRACE);
        assertThat(scheduled(DedupeProcessor.PUNCTUATION)).as("idle").isFalse();

        send(processor, "xinhua-1", STORY, T0);
        assertThat(scheduled(DedupeProcessor.PUNCTUATION)).isTrue();
        clock.advance(GRACE);
        release();
        assertThat(judged()).containsExactly("xinhua-1:xinhua-1:UNIQUE");
        assertThat(scheduled(DedupeProcessor.PUNCTUATION)).as("drained").isFalse();

        send(processor, "xinhua-2", "BISHKEK, July 8 (Kabar) -- Kyrgyzstan's parliament passed the budget.", T0
            .plus(GRACE));
        assertThat(scheduled(DedupeProcessor.PUNCTUATION)).as("scheduled again").isTrue();
        clock.advance(GRACE);
        release();
        assertThat(judged()).containsExactly("xinhua-2:xinhua-2:UNIQUE");
    }

    @Test
    void dispatchesBufferedBeforeARestartAreReleasedAlsoWhenTheGraceIsNowZero() {
        DedupeProcessor buffering = started(GRACE);
        send(buffering, "xinhua-1", STORY, T0);
        buffering.close();

        started(Duration.ZERO);
        clock.advance(GRACE);
        release();

        assertThat(judged()).containsExactly("xinhua-1:xinhua-1:UNIQUE");
        assertThat(scheduled(DedupeProcessor.PUNCTUATION)).as("nothing left to release").isFalse();
    }

    @Test
    void withNoGraceWhatWaitedFromBeforeARestartIsJudgedBeforeWhatArrivesNow() {
        DedupeProcessor buffering = started(GRACE);
        send(buffering, "xinhua-1", STORY, T0);
        buffering.close();

        DedupeProcessor restarted = started(Duration.ZERO);
        send(restarted, "xinhua-2", STORY, T0.plusSeconds(1));

        assertThat(judged()).containsExactly("xinhua-1:xinhua-1:UNIQUE", "xinhua-1:xinhua-2:DUPLICATE");
    }

    /**
     * Kafka Streams commits a task after every punctuation it runs, and under exactly-once a commit is a transaction:
     * a punctuation that has nothing to do made an idle enrichment commit about ten transactions a second.
     */
    @Test
    void withNoGraceAnIdleTaskHasNoPunctuationButTheHourlySweep() {
        started(Duration.ZERO);

        assertThat(context.scheduledPunctuators()).filteredOn(punctuator -> !punctuator.cancelled())
            .extracting(MockProcessorContext.CapturedPunctuator::getInterval)
            .containsExactly(DedupeProcessor.SWEEP);
    }

    private boolean scheduled(Duration interval) {
        return context.scheduledPunctuators().stream()
            .anyMatch(punctuator -> punctuator.getInterval().equals(interval) && !punctuator.cancelled());
    }
}
