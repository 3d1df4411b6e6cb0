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
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
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
}
