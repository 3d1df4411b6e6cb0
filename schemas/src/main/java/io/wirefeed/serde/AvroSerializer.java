package io.wirefeed.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

import io.wirefeed.registry.BoundedCache;
import io.wirefeed.registry.RegisteredSchema;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generated classes or GenericRecords) in the Confluent wire format, registering or
 * looking up their schema in a Confluent-compatible registry once and caching the id.
 */
public class AvroSerializer<T extends GenericContainer> implements Serializer<T> {

    private static final int CACHE_SIZE = 1_000;

    private final SchemaRegistryClient givenRegistry;
    private SchemaRegistryClient registry;
    private RegistryConnection connection;
    private SubjectNameStrategy subjects;
    private boolean autoRegister;
    private boolean useLatest;
    private boolean isKey;
    private final BoundedCache<Schema, DatumWriter<Object>> writers = new BoundedCache<>(CACHE_SIZE);

    /** For Kafka's reflective instantiation: {@link #configure} builds the registry client. */
    public AvroSerializer() {
        this(null);
    }

    /** With a given client (shared, or the in-memory one of unit tests); {@link #configure} still reads the rest. */
    public AvroSerializer(SchemaRegistryClient registry) {
        this.givenRegistry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = new AvroSerdeConfig(configs);
        connection = RegistryConnection.of(givenRegistry, configs);
        registry = connection.client();
        subjects = config.subjectNameStrategy(isKey);
        autoRegister = config.autoRegisterSchemas();
        useLatest = config.useLatestVersion();
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        if (subjects == null) {
            throw new IllegalStateException("AvroSerializer used before configure()");
        }
        Schema schema = data.getSchema();
        String subject = subjects.subjectName(topic, isKey, schema);
        try {
            if (useLatest) {
                RegisteredSchema latest = registry.latest(subject);
                return latest.schema().equals(schema) ? write(latest.id(), schema, data)
                    : write(latest.id(), latest.schema(), convert(data, latest.schema(), subject));
            }
            int id = autoRegister ? registry.register(subject, schema) : registry.lookup(subject, schema).id();
            return write(id, schema, data);
        } catch (SchemaRegistryException e) {
            throw noSchemaId(schema, subject, e);
        }
    }

    /**
     * Gets the id of the schema for the topic now (registering it when auto-registration is on), so that records
     * of it can be written later without asking the registry, which may be unreachable by then.
     */
    public void prepare(String topic, Schema schema) {
        if (subjects == null) {
            throw new IllegalStateException("AvroSerializer used before configure()");
        }
        String subject = subjects.subjectName(topic, isKey, schema);
        try {
            if (useLatest) {
                registry.latest(subject);
            } else if (autoRegister) {
                registry.register(subject, schema);
            } else {
                registry.lookup(subject, schema);
            }
        } catch (SchemaRegistryException e) {
            throw noSchemaId(schema, subject, e);
        }
    }

    private static SerializationException noSchemaId(Schema schema, String subject, SchemaRegistryException e) {
        return RegistryUnavailableException.of("Cannot get the schema id of " + schema.getFullName() + " under subject "
            + subject + ": " + e.getMessage(), e);
    }

    private byte[] write(int id, Schema schema, Object data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(WireFormat.MAGIC_BYTE);
        out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
        try {
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writers.get(schema, AvroSerializer::writerFor).write(data, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot write " + schema.getFullName() + " as Avro: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The record re-read as the latest schema sees it, which is how a consumer would read it anyway. */
    private Object convert(T data, Schema latest, String subject) {
        Schema own = data.getSchema();
        if (SchemaCompatibility.checkReaderWriterCompatibility(latest, own).getType()
                != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            throw new SerializationException("The latest schema of subject " + subject
                + " cannot read records of " + own.getFullName() + " as this producer writes them");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writers.get(own, AvroSerializer::writerFor).write(data, encoder);
            encoder.flush();
            return new GenericDatumReader<>(own, latest, GenericData.get())
                .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
        } catch (IOException e) {
            throw new SerializationException("Cannot convert " + own.getFullName() + " to the latest schema", e);
        }
    }

    private static DatumWriter<Object> writerFor(Schema schema) {
        // SpecificData writes generated classes and GenericRecords alike.
        return new SpecificDatumWriter<>(schema, SpecificData.getForSchema(schema));
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
