package io.wirefeed.enrich.stream;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Rule;
import io.wirefeed.schema.Trend;
import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.serde.SpecificAvroSerde;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The enrichment topology in a {@link TopologyTestDriver}, set up as the service runs it: exactly-once, the
 * {@link DeadLetterHandler} for records that cannot be read, enriched or sent, what it writes bounded by the
 * producer's default {@code max.request.size} ({@link SizeBoundSerializer}), and the dead letters read back.
 */
final class DrivenTopology implements AutoCloseable {

    static final EnrichTopics TOPICS = new EnrichTopics("dispatches", "enriched", "alerts", "trends",
        "dead-letters", "rules", "embargoed-alerts");
    private static final int MAX_REQUEST_SIZE = 1_048_576;

    final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, Dispatch> dispatches;
    private final TestOutputTopic<String, EnrichedDispatch> enriched;
    private final TestOutputTopic<String, byte[]> deadLetters;
    private final List<TestOutputTopic<String, byte[]>> others;
    private final AvroDeserializer<DeadLetter> letters;

    DrivenTopology(Path stateDir, EnrichTopology.Describing describing) {
        Serde<Dispatch> dispatchSerde = serde(Dispatch.class);
        Serde<EnrichedDispatch> enrichedSerde = serde(EnrichedDispatch.class);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "driven-enrich");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(DeadLetterHandler.TOPIC_CONFIG, TOPICS.deadLetters());
        config.put(DeadLetterHandler.REGISTRY_CLIENT_CONFIG, registry);
        config.put(DeadLetterHandler.METER_REGISTRY_CONFIG, meters);
        driver = new TopologyTestDriver(EnrichTopology.build(StreamTopics.of(TOPICS, new EnrichTopology.AvroSerdes(
            dispatchSerde, SizeBoundSerializer.bound(enrichedSerde, MAX_REQUEST_SIZE),
            SizeBoundSerializer.bound(serde(Alert.class), MAX_REQUEST_SIZE),
            SizeBoundSerializer.bound(serde(Trend.class), MAX_REQUEST_SIZE), serde(Rule.class))), 1, describing,
            AlertPolicy.COUNTER_TERRORISM, new EnrichTopology.DedupeSettings(Duration.ofDays(7), Duration.ZERO),
            EnrichTopology.EmbargoSettings.DEFAULT, EnrichMetricsTest.bound(new SimpleMeterRegistry()),
            Clock.systemUTC()), config);
        dispatches = driver.createInputTopic(TOPICS.dispatches(), new StringSerializer(), dispatchSerde.serializer());
        enriched = driver.createOutputTopic(TOPICS.enriched(), Serdes.String().deserializer(),
            enrichedSerde.deserializer());
        deadLetters = output(TOPICS.deadLetters());
        others = List.of(output(TOPICS.alerts()), output(TOPICS.trends()));
        letters = AvroDeserializer.specific(registry, DeadLetter.class);
        letters.configure(Map.of(), false);
    }

    private TestOutputTopic<String, byte[]> output(String topic) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    private <T extends SpecificRecord> SpecificAvroSerde<T> serde(Class<T> type) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(registry, type);
        serde.configure(Map.of(), false);
        return serde;
    }

    /** Sends a dispatch to the input topic, keyed by its id; the topology has processed it on return. */
    void send(Dispatch dispatch) {
        dispatches.pipeInput(dispatch.getId(), dispatch);
    }

    /** The enriched dispatches published since last asked. */
    List<EnrichedDispatch> enriched() {
        return enriched.readValuesToList();
    }

    /** The dead letters published since last asked, by key. */
    List<KeyValue<String, DeadLetter>> deadLetters() {
        return deadLetters.readKeyValuesToList().stream()
            .map(record -> KeyValue.pair(record.key, letters.deserialize(TOPICS.deadLetters(), record.value)))
            .toList();
    }

    /** Forgets the alerts and trends published so far (a long run would keep them all). */
    void dropOtherOutputs() {
        others.forEach(TestOutputTopic::readRecordsToList);
    }

    double deadLettersCounted() {
        return meters.get("wirefeed.dead.letters").tags("stage", "enrich", "input", TOPICS.dispatches()).counter()
            .count();
    }

    @Override
    public void close() {
        driver.close();
    }
}
