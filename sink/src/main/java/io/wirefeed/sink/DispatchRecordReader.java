package io.wirefeed.sink;

import java.util.Map;

import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.serde.RegistryUnavailableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the enriched dispatch in a sink record's bytes (the Confluent wire format, under
 * {@code ByteArrayConverter}); what it cannot read goes to the dead-letter queue when the connector has one.
 * A record that cannot be read only because the schema registry does not answer is not at fault: Connect is
 * asked to deliver the batch again.
 */
public final class DispatchRecordReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchRecordReader.class);

    private final AvroDeserializer<EnrichedDispatch> values;
    private final ErrantRecordReporter reporter;

    public DispatchRecordReader(Map<String, String> props, ErrantRecordReporter reporter) {
        this(props, null, reporter);
    }

    /** Reads through the given registry client (null: one built from the settings, as above). */
    public DispatchRecordReader(Map<String, String> props, SchemaRegistryClient registry,
                                ErrantRecordReporter reporter) {
        this.values = AvroDeserializer.specific(registry, EnrichedDispatch.class);
        this.values.configure(props, false);
        this.reporter = reporter;
    }

    /** The record's dispatch, or null when it is a tombstone or was sent to the dead-letter queue. */
    public EnrichedDispatch read(SinkRecord record) {
        if (record.value() == null) {
            return null;
        }
        if (!(record.value() instanceof byte[] bytes)) {
            throw new DataException("Expected bytes (ByteArrayConverter), got " + record.value().getClass().getName());
        }
        try {
            return values.deserialize(record.topic(), bytes);
        } catch (RegistryUnavailableException e) {
            throw new RetriableException("Schema registry unavailable: " + e.getMessage(), e);
        } catch (SerializationException e) {
            if (reporter == null) {
                throw new DataException("Unreadable record at " + record.topic() + "/" + record.kafkaPartition() + "/"
                    + record.kafkaOffset() + ": " + e.getMessage(), e);
            }
            LOG.warn("Dead-lettering {}/{}/{}: {}", record.topic(), record.kafkaPartition(), record.kafkaOffset(),
                e.getMessage());
            reporter.report(record, e);
            return null;
        }
    }

    @Override
    public void close() {
        values.close();
    }
}
