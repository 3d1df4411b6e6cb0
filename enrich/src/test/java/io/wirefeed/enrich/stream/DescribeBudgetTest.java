package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.entity.EntityRecognizer;
import io.wirefeed.enrich.entity.MentionFinder;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.topic.TopicClassifier;
import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Rule;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.schema.Stage;
import io.wirefeed.schema.Trend;
import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.serde.SpecificAvroSerde;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dispatch whose description takes longer than the time budget is given up on and dead-lettered, and the stream
 * thread goes on with the next one: it waits for the budget, not for the slow description. The describer here is
 * slow on purpose, and deaf to interruption, as a runaway regular expression would be.
 */
class DescribeBudgetTest {

    private static final EnrichTopics TOPICS = new EnrichTopics("dispatches", "enriched", "alerts", "trends",
        "dead-letters", "rules");
    private static final Duration BUDGET = Duration.ofMillis(500);
    private static final Duration STALL = Duration.ofSeconds(20);
    private static final String STORY = "TASHKENT, July 7 (Xinhua) -- Security chiefs of five Central Asian states "
        + "agreed on Tuesday to hold joint drills near the Afghan border next spring.";

    @TempDir
    Path stateDir;
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, Dispatch> dispatches;
    private TestOutputTopic<String, EnrichedDispatch> enriched;
    private TestOutputTopic<String, byte[]> deadLetters;

    /** Finds nothing, and takes {@link #STALL} over a text that says "stall", whatever interrupts it. */
    private static final MentionFinder SLOW_ON_PURPOSE = (field, text, taken) -> {
        if (text.contains("stall")) {
            long end = System.nanoTime() + STALL.toNanos();
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException ignored) {
                    // not listening, as a regular expression stuck in backtracking would not
                }
            }
        }
        return List.of();
    };

    @BeforeEach
    void start() {
        DispatchDescriber slow = new DispatchDescriber(new LanguageDetector(),
            new EntityRecognizer(List.of(SLOW_ON_PURPOSE)), TopicClassifier.shipped());
        SpecificAvroSerde<Dispatch> dispatchSerde = serde(Dispatch.class);
        SpecificAvroSerde<EnrichedDispatch> enrichedSerde = serde(EnrichedDispatch.class);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "budget-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(DeadLetterHandler.TOPIC_CONFIG, TOPICS.deadLetters());
        config.put(DeadLetterHandler.REGISTRY_CLIENT_CONFIG, registry);
        config.put(DeadLetterHandler.METER_REGISTRY_CONFIG, meters);
        driver = new TopologyTestDriver(EnrichTopology.build(TOPICS, new EnrichTopology.AvroSerdes(dispatchSerde,
            enrichedSerde, serde(Alert.class), serde(Trend.class), serde(Rule.class)),
            new EnrichTopology.Describing(slow, rules -> slow, BUDGET), AlertPolicy.COUNTER_TERRORISM, new EnrichTopology.DedupeSettings(Duration.ofDays(7), Duration.ZERO),
            new EnrichMetrics(new SimpleMeterRegistry()), Clock.systemUTC()), config);
        dispatches = driver.createInputTopic(TOPICS.dispatches(), new StringSerializer(), dispatchSerde.serializer());
        enriched = driver.createOutputTopic(TOPICS.enriched(), Serdes.String().deserializer(),
            enrichedSerde.deserializer());
        deadLetters = driver.createOutputTopic(TOPICS.deadLetters(), Serdes.String().deserializer(),
            Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private <T extends SpecificRecord> SpecificAvroSerde<T> serde(Class<T> type) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(registry, type);
        serde.configure(Map.of(), false);
        return serde;
    }

    private static Dispatch dispatch(String id, String body) {
        return Dispatch.newBuilder(SampleDispatches.dispatch(id, 1)).setBody(body)
            .setReceivedAt(Instant.parse("2026-07-07T08:00:00Z")).build();
    }

    @Test
    void aDispatchOverTheBudgetIsDeadLetteredWithoutHoldingTheStream() {
        long start = System.nanoTime();
        dispatches.pipeInput("slow-1", dispatch("slow-1", STORY + " Then the talks began to stall."));
        Duration held = Duration.ofNanos(System.nanoTime() - start);
        dispatches.pipeInput("next-2", dispatch("next-2", STORY));

        assertThat(held).as("time the stream thread spent on the slow dispatch").isLessThan(Duration.ofSeconds(5));
        assertThat(enriched.readValuesToList()).extracting(EnrichedDispatch::getId).containsExactly("next-2");
        assertThat(meters.get("wirefeed.dead.letters").tags("stage", "enrich", "input", "dispatches").counter()
            .count()).isEqualTo(1.0);
        AvroDeserializer<DeadLetter> letters = AvroDeserializer.specific(registry, DeadLetter.class);
        letters.configure(Map.of(), false);
        assertThat(deadLetters.readRecordsToList()).singleElement().satisfies(record -> {
            DeadLetter letter = letters.deserialize(TOPICS.deadLetters(), record.value());
            assertThat(record.key()).isEqualTo("slow-1");
            assertThat(letter.getStage()).isEqualTo(Stage.ENRICH);
            assertThat(letter.getSource()).isEqualTo("kafka:dispatches/0/0");
            assertThat(letter.getReason()).isEqualTo("Enriching dispatch slow-1 version 1 took longer than the time "
                + "budget of 500 ms (analysis.budget.ms); it was given up on and the stream went on");
            assertThat(letter.getOriginal().remaining()).isPositive();
        });
    }

    @Test
    void everyDispatchAfterOneGivenUpOnIsEnrichedOnAFreshWorker() {
        dispatches.pipeInput("slow-1", dispatch("slow-1", STORY + " Then the talks began to stall."));
        for (int i = 0; i < 20; i++) {
            dispatches.pipeInput("next-" + i, dispatch("next-" + i, STORY + " Paragraph " + i + "."));
        }
        dispatches.pipeInput("slow-2", dispatch("slow-2", STORY + " Then they stalled again."));

        assertThat(enriched.readValuesToList()).hasSize(20);
        assertThat(deadLetters.readRecordsToList()).extracting(TestRecord::key).containsExactly("slow-1", "slow-2");
    }
}
