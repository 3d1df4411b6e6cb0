package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.registry.SchemaRegistryException;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Stage;
import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.serde.RegistryUnavailableException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterHandlerTest {

    /** The coordinates Kafka Streams gives a handler: the record's place, and its raw key and value. */
    private record Coordinates(byte[] key, byte[] value) implements ErrorHandlerContext {
        @Override
        public String topic() {
            return "dispatches";
        }

        @Override
        public int partition() {
            return 3;
        }

        @Override
        public long offset() {
            return 42;
        }

        @Override
        public Headers headers() {
            return new RecordHeaders();
        }

        @Override
        public String processorNodeId() {
            return "dispatches";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 3);
        }

        @Override
        public long timestamp() {
            return 0;
        }

        @Override
        public byte[] sourceRawKey() {
            return key;
        }

        @Override
        public byte[] sourceRawValue() {
            return value;
        }
    }

    @Test
    void aPoisonRecordBecomesADeadLetterWithItsBytesReasonAndCoordinates() {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of(DeadLetterHandler.TOPIC_CONFIG, "dead-letters",
            DeadLetterHandler.REGISTRY_CLIENT_CONFIG, registry, DeadLetterHandler.METER_REGISTRY_CONFIG, meters));
        byte[] poison = "not avro".getBytes();

        DeserializationExceptionHandler.Response response = handler.handleError(new Coordinates("k".getBytes(), poison),
            new ConsumerRecord<>("dispatches", 3, 42, "k".getBytes(), poison),
            new SerializationException("Unknown magic byte 110 on topic dispatches"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        ProducerRecord<byte[], byte[]> record = response.deadLetterQueueRecords().get(0);
        assertThat(record.topic()).isEqualTo("dead-letters");
        assertThat(record.key()).isEqualTo("k".getBytes());
        AvroDeserializer<DeadLetter> deserializer = AvroDeserializer.specific(registry, DeadLetter.class);
        deserializer.configure(Map.of(), false);
        DeadLetter letter = deserializer.deserialize("dead-letters", record.value());
        assertThat(letter.getStage()).isEqualTo(Stage.ENRICH);
        assertThat(letter.getSource()).isEqualTo("kafka:dispatches/3/42");
        assertThat(letter.getReason()).isEqualTo("Unknown magic byte 110 on topic dispatches");
        assertThat(letter.getOriginal()).isEqualTo(ByteBuffer.wrap(poison));
        assertThat(meters.get("wirefeed.dead.letters").tags("stage", "enrich", "input", "dispatches").counter().count())
            .isEqualTo(1.0);
    }

    @Test
    void aRecordThatFailedOnlyForWantOfTheRegistryFailsTheThreadInsteadOfBeingDeadLettered() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of(DeadLetterHandler.TOPIC_CONFIG, "dead-letters",
            DeadLetterHandler.REGISTRY_CLIENT_CONFIG, new InMemorySchemaRegistry(),
            DeadLetterHandler.METER_REGISTRY_CONFIG, meters));
        byte[] good = {0, 0, 0, 0, 7, 2};
        RegistryUnavailableException unavailable = new RegistryUnavailableException("Cannot get schema 7",
            new SchemaRegistryException("Registry unreachable", new IOException("Connection refused")));

        DeserializationExceptionHandler.Response read = handler.handleError(new Coordinates("k".getBytes(), good),
            new ConsumerRecord<>("dispatches", 3, 42, "k".getBytes(), good), unavailable);
        ProcessingExceptionHandler.Response processed = handler.handleError(new Coordinates("k".getBytes(), good),
            new Record<>("k", "v", 0L), new StreamsException("wrapped", unavailable));

        assertThat(read.result()).isEqualTo(DeserializationExceptionHandler.Result.FAIL);
        assertThat(read.deadLetterQueueRecords()).isEmpty();
        assertThat(processed.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        assertThat(processed.deadLetterQueueRecords()).isEmpty();
        assertThat(meters.find("wirefeed.dead.letters").counter()).isNull();
    }

    /** A record whose enrichment was interrupted is not at fault: the thread fails and the record is read again. */
    @Test
    void aRecordWhoseProcessingWasInterruptedFailsTheThreadInsteadOfBeingDeadLettered() {
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of(DeadLetterHandler.TOPIC_CONFIG, "dead-letters",
            DeadLetterHandler.REGISTRY_CLIENT_CONFIG, new InMemorySchemaRegistry()));

        ProcessingExceptionHandler.Response response = handler.handleError(new Coordinates("k".getBytes(),
            new byte[1]), new Record<>("k", "v", 0L), new InterruptException(new InterruptedException()));
        Thread.interrupted();

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.FAIL);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    /** A record too large to send: a dead letter with the reason and the input's bytes, and the stream goes on. */
    @Test
    void aRecordTooLargeToSendBecomesADeadLetterWithTheInputBytes() {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of(DeadLetterHandler.TOPIC_CONFIG, "dead-letters",
            DeadLetterHandler.REGISTRY_CLIENT_CONFIG, registry, "producer.max.request.size", "100000"));
        byte[] input = new byte[20_000];

        ProductionExceptionHandler.Response response = handler.handleError(new Coordinates("k".getBytes(), input),
            new ProducerRecord<>("enriched", "k".getBytes(), new byte[120_000]),
            new RecordTooLargeException("The message is 120088 bytes when serialized which is larger than 100000, "
                + "which is the value of the max.request.size configuration."));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        DeadLetter letter = read(registry, response.deadLetterQueueRecords().get(0));
        assertThat(letter.getErrorType()).isEqualTo(RecordTooLargeException.class.getName());
        assertThat(letter.getReason()).startsWith("The record for enriched is too large to send: The message is 120088")
            .contains("max.request.size");
        assertThat(letter.getSource()).isEqualTo("kafka:dispatches/3/42");
        assertThat(letter.getOriginal()).isEqualTo(ByteBuffer.wrap(input));
    }

    /**
     * Under exactly-once the enrichment refuses a too-large value while serializing it (SizeBoundSerializer), before
     * the producer could poison the transaction: that refusal is dead-lettered too; other serialization errors fail.
     */
    @Test
    void aValueTooLargeToSerializeForTheProducerBecomesADeadLetter() {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of(DeadLetterHandler.TOPIC_CONFIG, "dead-letters",
            DeadLetterHandler.REGISTRY_CLIENT_CONFIG, registry, "producer.max.request.size", "4096"));
        SizeBoundSerializer<byte[]> bounded = new SizeBoundSerializer<>((topic, data) -> data, 4096);
        RecordTooLargeException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
            RecordTooLargeException.class, () -> bounded.serialize("enriched", new byte[3_500]));
        assertThat(bounded.serialize("enriched", new byte[3_000])).hasSize(3_000);

        ProductionExceptionHandler.Response response = handler.handleSerializationError(
            new Coordinates("k".getBytes(), new byte[10]), new ProducerRecord<>("enriched", "value"), refused,
            ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        DeadLetter letter = read(registry, response.deadLetterQueueRecords().get(0));
        assertThat(letter.getReason()).contains("3500 bytes", "max.request.size");
        assertThat(letter.getOriginal()).isEqualTo(ByteBuffer.wrap(new byte[10]));
        assertThat(handler.handleSerializationError(new Coordinates("k".getBytes(), new byte[10]),
            new ProducerRecord<>("enriched", "value"), new SerializationException("no"),
            ProductionExceptionHandler.SerializationExceptionOrigin.VALUE).result())
            .isEqualTo(ProductionExceptionHandler.Result.FAIL);
    }

    /** An input itself too large for a dead letter's request is left out, and the reason says so. */
    @Test
    void anInputTooLargeForTheDeadLetterIsLeftOutOfIt() {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of(DeadLetterHandler.TOPIC_CONFIG, "dead-letters",
            DeadLetterHandler.REGISTRY_CLIENT_CONFIG, registry, "max.request.size", 65_536));

        ProductionExceptionHandler.Response response = handler.handleError(
            new Coordinates("k".getBytes(), new byte[70_000]), new ProducerRecord<>("enriched", new byte[90_000]),
            new RecordTooLargeException("over max.request.size"));

        DeadLetter letter = read(registry, response.deadLetterQueueRecords().get(0));
        assertThat(letter.getOriginal().remaining()).isZero();
        assertThat(letter.getReason()).contains("the original's 70000 bytes are left out");
        assertThat(response.deadLetterQueueRecords().get(0).value().length).isLessThan(65_536);
    }

    /** Other send failures keep Kafka Streams' default: retried when retriable, else the thread fails. */
    @Test
    void otherSendFailuresAreRetriedOrFailAsByDefault() {
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of(DeadLetterHandler.TOPIC_CONFIG, "dead-letters",
            DeadLetterHandler.REGISTRY_CLIENT_CONFIG, new InMemorySchemaRegistry()));
        Coordinates at = new Coordinates("k".getBytes(), new byte[1]);
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>("enriched", new byte[1]);

        assertThat(handler.handleError(at, record, new NotEnoughReplicasException("later")).result())
            .isEqualTo(ProductionExceptionHandler.Result.RETRY);
        assertThat(handler.handleError(at, record, new AuthorizationException("no")).result())
            .isEqualTo(ProductionExceptionHandler.Result.FAIL);
    }

    private static DeadLetter read(InMemorySchemaRegistry registry, ProducerRecord<byte[], byte[]> record) {
        assertThat(record.topic()).isEqualTo("dead-letters");
        AvroDeserializer<DeadLetter> deserializer = AvroDeserializer.specific(registry, DeadLetter.class);
        deserializer.configure(Map.of(), false);
        return deserializer.deserialize("dead-letters", record.value());
    }
}
