package io.wirefeed.enrich.stream;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirefeed.registry.RestSchemaRegistryClient;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Stage;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.serde.RegistryUnavailableException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record the topology cannot read, enrich or send (too large) to the dead-letter topic (an Avro {@code DeadLetter} with
 * the reason and the original bytes, within the same transaction) and lets the stream go on. Logs name the
 * record's coordinates, never its content.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler,
        ProductionExceptionHandler {

    /** The streams setting that names the dead-letter topic. */
    public static final String TOPIC_CONFIG = "wirefeed.dead.letter.topic";
    /** Optionally, a {@link SchemaRegistryClient} instance to use instead of one built from the registry settings. */
    public static final String REGISTRY_CLIENT_CONFIG = "wirefeed.schema.registry.client";
    /** Optionally, the {@link MeterRegistry} that counts dead letters ({@code wirefeed.dead.letters}). */
    public static final String METER_REGISTRY_CONFIG = "wirefeed.meter.registry";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private String topic;
    private AvroSerializer<DeadLetter> serializer;
    private MeterRegistry meters;
    /** The counter of each input topic, registered the first time one of its records is dead-lettered. */
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    private int maxRequestSize;

    @Override
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(TOPIC_CONFIG);
        if (configured == null) {
            throw new ConfigException(TOPIC_CONFIG + " must name the dead-letter topic");
        }
        topic = configured.toString();
        serializer = configs.get(REGISTRY_CLIENT_CONFIG) instanceof SchemaRegistryClient client
            ? new AvroSerializer<>(client) : new AvroSerializer<>();
        serializer.configure(configs, false);
        meters = configs.get(METER_REGISTRY_CONFIG) instanceof MeterRegistry registry ? registry : null;
        maxRequestSize = maxRequestSize(configs);
    }

    /** The producer's {@code max.request.size} in Kafka Streams settings ({@code producer.}-prefixed or not). */
    static int maxRequestSize(Map<String, ?> configs) {
        Object limit = configs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (limit == null) {
            limit = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        return limit == null ? 1_048_576 : Integer.parseInt(limit.toString().trim());
    }

    /**
     * A registry client that already knows the dead-letter schema's id, for {@link #REGISTRY_CLIENT_CONFIG}: a
     * record that fails while the registry is unreachable still reaches the dead-letter topic, and the stream
     * goes on. The caller closes it.
     */
    public static SchemaRegistryClient preparedRegistry(Map<String, ?> serdeConfigs, String deadLetterTopic) {
        SchemaRegistryClient client = RestSchemaRegistryClient.create(serdeConfigs);
        AvroSerializer<DeadLetter> serializer = new AvroSerializer<>(client);
        serializer.configure(serdeConfigs, false);
        try {
            serializer.prepare(deadLetterTopic, DeadLetter.getClassSchema());
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        return client;
    }

    /** Records from the input topic sent to the dead-letter topic ({@code wirefeed_dead_letters_total}). */
    public static Counter counter(MeterRegistry meters, String inputTopic) {
        return Counter.builder("wirefeed.dead.letters")
            .description("Records sent to the dead-letter topic, by stage and input")
            .tag("stage", "enrich").tag("input", inputTopic)
            .register(meters);
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
            ConsumerRecord<byte[], byte[]> record, Exception exception) {
        return waitsForTheRegistry(context, exception) ? DeserializationExceptionHandler.Response.fail()
            : DeserializationExceptionHandler.Response.resume(List.of(deadLetter(context, exception)));
    }

    /**
     * A record the topology could not enrich (an error, or more time than its budget) is dead-lettered; one whose
     * processing was interrupted is not at fault, and the thread fails instead (the record is read again).
     */
    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        return waitsForTheRegistry(context, exception) || exception instanceof InterruptException
            ? ProcessingExceptionHandler.Response.fail()
            : ProcessingExceptionHandler.Response.resume(List.of(deadLetter(context, exception)));
    }

    /**
     * A record the producer refused because it is larger than {@code max.request.size} goes to the dead letters
     * (with the input's bytes when they fit in a request). Under at-least-once the stream goes on; under
     * exactly-once the producer's transaction is already unusable and the thread fails all the same, which is why
     * the enrichment bounds its serializers ({@link SizeBoundSerializer}) so that this does not happen. Anything
     * else is handled as Kafka Streams' default handler does: retried when retriable, else the thread fails.
     */
    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
            ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RecordTooLargeException) {
            return ProductionExceptionHandler.Response.resume(List.of(deadLetter(context, new RecordTooLargeException(
                "The record for " + record.topic() + " is too large to send: " + exception.getMessage()))));
        }
        return exception instanceof RetriableException ? ProductionExceptionHandler.Response.retry()
            : ProductionExceptionHandler.Response.fail();
    }

    /**
     * A value {@link SizeBoundSerializer} refused as too large for the producer: dead-lettered before the producer
     * saw it, so the transaction goes on. Other serialization errors keep the default (the thread fails; a registry
     * outage among them, the record is read again).
     */
    @Override
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context,
            ProducerRecord record, Exception exception,
            ProductionExceptionHandler.SerializationExceptionOrigin origin) {
        if (exception instanceof RecordTooLargeException) {
            return ProductionExceptionHandler.Response.resume(List.of(deadLetter(context, exception)));
        }
        return ProductionExceptionHandler.Response.fail();
    }

    /**
     * A record that failed only because the registry could not answer is not at fault: the stream thread fails
     * instead, its transaction is aborted, and the thread that replaces it reads the record again.
     */
    private static boolean waitsForTheRegistry(ErrorHandlerContext context, Exception exception) {
        if (!RegistryUnavailableException.causedBy(exception)) {
            return false;
        }
        LOG.warn("Schema registry unavailable at kafka:{}/{}/{} (task {}); the record will be read again: {}",
            context.topic(), context.partition(), context.offset(), context.taskId(), exception.getMessage());
        return true;
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ErrorHandlerContext context, Exception exception) {
        String source = "kafka:" + context.topic() + "/" + context.partition() + "/" + context.offset();
        LOG.warn("Dead-lettering {} (task {}, node {}): {}", source, context.taskId(), context.processorNodeId(),
            exception.toString());
        if (meters != null) {
            String input = context.topic() == null ? "unknown" : context.topic();
            counters.computeIfAbsent(input, name -> counter(meters, name)).increment();
        }
        byte[] original = context.sourceRawValue() == null ? new byte[0] : context.sourceRawValue();
        String reason = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        DeadLetter letter = DeadLetter.newBuilder()
            .setStage(Stage.ENRICH)
            .setReason(reason)
            .setErrorType(exception.getClass().getName())
            .setOriginal(ByteBuffer.wrap(original))
            .setSource(source)
            .setFailedAt(Instant.now())
            .build();
        byte[] key = context.sourceRawKey();
        byte[] value = serializer.serialize(topic, letter);
        if (value.length + (key == null ? 0 : key.length) + SizeBoundSerializer.REQUEST_OVERHEAD > maxRequestSize) {
            // The dead letter must be sendable, or it would fail the thread the way its record did.
            letter.setOriginal(ByteBuffer.allocate(0));
            letter.setReason(reason + " (the original's " + original.length + " bytes are left out: with them the "
                + "dead letter would be over max.request.size, " + maxRequestSize + ")");
            value = serializer.serialize(topic, letter);
        }
        return new ProducerRecord<>(topic, null, key, value);
    }
}
