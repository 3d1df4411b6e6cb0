package io.wirefeed.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

import io.wirefeed.registry.BoundedCache;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.registry.SchemaRegistryException;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads records in the Confluent wire format. The writer's schema comes from the registry by the id in the
 * header (cached); the reader's schema is the target class's when one is given, else, with
 * {@code specific.avro.reader=true}, the generated class named like the writer's record, else the writer's
 * own (a GenericRecord). Schema resolution makes records of older and newer versions readable.
 */
public class AvroDeserializer<T extends GenericContainer> implements Deserializer<T> {

    private static final int CACHE_SIZE = 1_000;

    private final SchemaRegistryClient givenRegistry;
    private SchemaRegistryClient registry;
    private RegistryConnection connection;
    private final Class<? extends SpecificRecord> target;
    /** Fixed by the constructor, or null when specific.avro.reader decides. */
    private final Boolean fixedSpecific;
    private boolean specific;
    private final BoundedCache<Integer, DatumReader<T>> readers = new BoundedCache<>(CACHE_SIZE);

    /** For Kafka's reflective instantiation: {@link #configure} builds the registry client. */
    public AvroDeserializer() {
        this(null, null, null);
    }

    private AvroDeserializer(SchemaRegistryClient registry, Class<? extends SpecificRecord> target,
                             Boolean fixedSpecific) {
        this.givenRegistry = registry;
        this.target = target;
        this.fixedSpecific = fixedSpecific;
    }

    /** Reads into the given generated class, through the given client (null: built by configure). */
    public static <T extends SpecificRecord> AvroDeserializer<T> specific(SchemaRegistryClient registry,
                                                                         Class<T> target) {
        return new AvroDeserializer<>(registry, target, Boolean.TRUE);
    }

    /** Reads GenericRecords whatever specific.avro.reader says, through the given client (null: from configure). */
    public static AvroDeserializer<GenericRecord> generic(SchemaRegistryClient registry) {
        return new AvroDeserializer<>(registry, null, Boolean.FALSE);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = new AvroSerdeConfig(configs);
        connection = RegistryConnection.of(givenRegistry, configs);
        registry = connection.client();
        specific = fixedSpecific != null ? fixedSpecific : config.specificReader();
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroDeserializer used before configure()");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        int id = WireFormat.readHeader(buffer, topic);
        DatumReader<T> reader;
        try {
            reader = readers.get(id, this::readerFor);
        } catch (SchemaRegistryException e) {
            throw RegistryUnavailableException.of("Cannot get schema " + id + " for a record on topic " + topic + ": "
                + e.getMessage(), e);
        }
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, buffer.position(),
                buffer.remaining(), null));
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            // Corrupt or truncated payloads surface as any of these from Avro's decoder.
            throw new SerializationException("Cannot read Avro record with schema id " + id + " on topic " + topic
                + ": " + e, e);
        }
    }

    private DatumReader<T> readerFor(int id) {
        Schema writer = registry.schemaById(id);
        if (!specific) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        Schema reader = target != null ? SpecificData.get().getSchema(target) : specificSchemaOf(writer);
        return new SpecificDatumReader<>(writer, reader, SpecificData.getForSchema(reader));
    }

    private static Schema specificSchemaOf(Schema writer) {
        Class<?> generated = SpecificData.get().getClass(writer);
        if (generated == null) {
            throw new SerializationException("No generated class for " + writer.getFullName()
                + " on the classpath; set specific.avro.reader=false to read it as a GenericRecord");
        }
        return SpecificData.get().getSchema(generated);
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
