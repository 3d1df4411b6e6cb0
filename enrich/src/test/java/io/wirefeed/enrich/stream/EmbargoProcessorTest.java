package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.serde.SpecificAvroSerde;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embargo step alone, on a mock context whose punctuations and re-initialisations the test runs by hand. */
class EmbargoProcessorTest {

    private static final Instant T0 = Instant.parse("2026-07-07T08:00:00Z");

    private final TestClock clock = new TestClock(T0);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<StateStore> stores = new ArrayList<>();
    @TempDir
    Path stateDir;
    private MockProcessorContext<String, EnrichedDispatch> context;
    private EmbargoProcessor processor;

    @BeforeEach
    void start() {
        context = new MockProcessorContext<>(new Properties(), new TaskId(0, 0), stateDir.toFile());
        SpecificAvroSerde<EnrichedDispatch> serde = new SpecificAvroSerde<>(new InMemorySchemaRegistry(),
            EnrichedDispatch.class);
        serde.configure(Map.of("schema.registry.url", "unused"), false);
        EmbargoSupplier supplier = new EmbargoSupplier(serde, 10,
            EnrichMetricsTest.bound(meters), clock);
        for (StoreBuilder<?> builder : supplier.stores()) {
            StateStore store = builder.withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
            stores.add(store);
        }
        processor = (EmbargoProcessor) supplier.get();
    }

    @AfterEach
    void stop() {
        stores.forEach(StateStore::close);
    }

    private static EnrichedDispatch embargoed(String id, Instant until) {
        EnrichedDispatch dispatch = DispatchDescriber.standard().describe(SampleDispatches.dispatch(id, 1), T0);
        dispatch.setEmbargoedUntil(until);
        dispatch.setStory(id);
        return dispatch;
    }

    private double held() {
        return meters.get("wirefeed.enrich.embargo.held").gauge().value();
    }

    private void check() {
        context.scheduledPunctuators().stream().filter(punctuator -> !punctuator.cancelled()).findFirst().orElseThrow()
            .getPunctuator().punctuate(clock.millis());
    }

    private List<String> released() {
        List<String> ids = context.forwarded().stream().map(f -> f.record().value().getId() + "@"
            + f.record().timestamp()).toList();
        context.resetForwards();
        return ids;
    }

    /**
     * A scan starts after the key released last, and still finds a dispatch held before it when the clock has moved
     * back (an adjusted wall clock), and after the task is initialised again.
     */
    @Test
    void aSuspendedTaskCancelsItsCheckAndOneResumedChecksOnce() {
        processor.init(context);

        // Kafka Streams keeps a task's schedules when it suspends or revives it: close, then init on the processor
        processor.close();
        processor.init(context);

        assertThat(context.scheduledPunctuators()).filteredOn(punctuator -> !punctuator.cancelled()).hasSize(1);
    }

    @Test
    void aDispatchHeldBeforeTheLastReleasedOneIsStillReleased() {
        processor.init(context);
        processor.process(new Record<>("a", embargoed("a", T0.plus(Duration.ofHours(1))), T0.toEpochMilli()));
        clock.advance(Duration.ofHours(1));
        check();
        assertThat(released()).containsExactly("a@" + clock.millis());

        clock.advance(Duration.ofMinutes(-30));
        check();
        assertThat(released()).as("nothing due when the clock moved back").isEmpty();
        processor.process(new Record<>("b", embargoed("b", T0.plus(Duration.ofMinutes(45))), clock.millis()));
        clock.advance(Duration.ofMinutes(15));
        check();
        assertThat(released()).containsExactly("b@" + clock.millis());

        processor.process(new Record<>("c", embargoed("c", T0.plus(Duration.ofMinutes(50))), clock.millis()));
        processor.close();
        processor.init(context);
        clock.advance(Duration.ofMinutes(5));
        check();
        assertThat(released()).containsExactly("c@" + clock.millis());
        assertThat(held()).isZero();
    }

    /** Kafka Streams calls init again on the same processor when it revives or resumes its task. */
    @Test
    void theHeldGaugeCountsEachHeldDispatchOnceAfterTheTaskIsInitialisedAgain() {
        processor.init(context);
        processor.process(new Record<>("xinhua-1", embargoed("xinhua-1", T0.plus(Duration.ofHours(1))),
            T0.toEpochMilli()));
        assertThat(held()).isEqualTo(1);

        processor.close();
        processor.init(context);

        assertThat(held()).isEqualTo(1);
        assertThat(context.forwarded()).isEmpty();
    }
}
