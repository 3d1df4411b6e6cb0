package io.wirefeed.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

import io.wirefeed.registry.CachedSchemaRegistryClient;
import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.registry.SchemaRegistryClientConfig;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SampleDispatches;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private static final String TOPIC = "dispatches";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void specificRecordsRoundTripAndCarryTheConfluentHeader() {
        Dispatch dispatch = SampleDispatches.dispatch("d-1", 2);
        try (SpecificAvroSerde<Dispatch> serde = new SpecificAvroSerde<>(registry, Dispatch.class)) {
            serde.configure(Map.of(), false);
            byte[] bytes = serde.serializer().serialize(TOPIC, dispatch);

            assertThat(bytes[0]).isEqualTo(WireFormat.MAGIC_BYTE);
            int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
            assertThat(registry.latest("dispatches-value").id()).isEqualTo(id);
            assertThat(registry.schemaById(id)).isEqualTo(Dispatch.getClassSchema());
            assertThat(serde.deserializer().deserialize(TOPIC, bytes)).isEqualTo(dispatch);
        }
    }

    @Test
    void prepareRegistersTheSchemaAheadOfTheFirstRecordOrSaysWhyItCannot() {
        AvroSerializer<Dispatch> serializer = new AvroSerializer<>(registry);
        serializer.configure(Map.of(), false);
        serializer.prepare(TOPIC, Dispatch.getClassSchema());
        assertThat(registry.latest("dispatches-value").schema()).isEqualTo(Dispatch.getClassSchema());

        AvroSerializer<Dispatch> lookupOnly = new AvroSerializer<>(registry);
        lookupOnly.configure(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, false), false);
        assertThatThrownBy(() -> lookupOnly.prepare("unknown", Dispatch.getClassSchema()))
            .isInstanceOf(SerializationException.class).hasMessageContaining("unknown-value");
    }

    @Test
    void genericRecordsRoundTripAndKeySubjectsAreSeparate() {
        Schema schema = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
            .requiredString("name").optionalInt("count").endRecord();
        GenericRecord record = new GenericData.Record(schema);
        record.put("name", "probe");
        record.put("count", 7);
        try (GenericAvroSerde serde = new GenericAvroSerde(registry)) {
            serde.configure(Map.of(), true);
            byte[] bytes = serde.serializer().serialize(TOPIC, record);
            GenericRecord read = serde.deserializer().deserialize(TOPIC, bytes);

            assertThat(read.get("name")).hasToString("probe");
            assertThat(read.get("count")).isEqualTo(7);
            assertThat(registry.subjects()).containsExactly("dispatches-key");
        }
    }

    @Test
    void specificReaderFindsTheGeneratedClassByTheWritersNameAndGenericIgnoresTheSetting() {
        AvroSerializer<Dispatch> serializer = new AvroSerializer<>(registry);
        serializer.configure(Map.of(), false);
        Dispatch dispatch = SampleDispatches.dispatch("d-2", 1);
        byte[] bytes = serializer.serialize(TOPIC, dispatch);
        AvroDeserializer<SpecificRecord> specific = AvroDeserializer.specific(registry, null);
        specific.configure(Map.of(), false);
        AvroDeserializer<GenericRecord> generic = AvroDeserializer.generic(registry);
        generic.configure(Map.of(AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true), false);

        assertThat(specific.deserialize(TOPIC, bytes)).isEqualTo(dispatch);
        GenericRecord read = generic.deserialize(TOPIC, bytes);
        assertThat(read).isNotInstanceOf(Dispatch.class);
        assertThat(read.get("id")).hasToString("d-2");
    }

    @Test
    void recordNameStrategySharesOneSubjectAcrossTopics() {
        AvroSerializer<Dispatch> serializer = new AvroSerializer<>(registry);
        serializer.configure(Map.of(AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY_CONFIG,
            "io.confluent.kafka.serializers.subject.RecordNameStrategy"), false);
        serializer.serialize("a", SampleDispatches.dispatch("d-1", 1));
        serializer.serialize("b", SampleDispatches.dispatch("d-2", 1));

        assertThat(registry.subjects()).containsExactly("io.wirefeed.schema.Dispatch");
    }

    @Test
    void idsAreCachedSoRecordsCostNoRegistryCalls() {
        try (SpecificAvroSerde<Dispatch> serde = new SpecificAvroSerde<>(
                new CachedSchemaRegistryClient(registry, 100, -1), Dispatch.class)) {
            serde.configure(Map.of(), false);
            for (int i = 0; i < 1_000; i++) {
                byte[] bytes = serde.serializer().serialize(TOPIC, SampleDispatches.dispatch("d-" + i, 1));
                assertThat(serde.deserializer().deserialize(TOPIC, bytes).getId()).isEqualTo("d-" + i);
            }
        }
        // One registration; the id lookup is answered by what registration cached.
        assertThat(registry.calls()).isEqualTo(1);
    }

    @Test
    void withoutAutoRegistrationAnUnknownSchemaIsAClearError() {
        AvroSerializer<Dispatch> serializer = new AvroSerializer<>(registry);
        serializer.configure(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, false), false);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, SampleDispatches.dispatch("d-1", 1)))
            .isInstanceOf(SerializationException.class)
            .hasMessageContaining("io.wirefeed.schema.Dispatch")
            .hasMessageContaining("dispatches-value");
    }

    @Test
    void useLatestVersionWritesWithTheRegisteredSchema() {
        Schema v1 = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
            .requiredString("name").endRecord();
        Schema v2 = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
            .requiredString("name").name("count").type().intType().intDefault(0).endRecord();
        registry.register("probes-value", v1);
        registry.register("probes-value", v2);
        AvroSerializer<GenericRecord> serializer = new AvroSerializer<>(registry);
        serializer.configure(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, false,
            AvroSerdeConfig.USE_LATEST_VERSION_CONFIG, true), false);
        GenericRecord old = new GenericData.Record(v1);
        old.put("name", "probe");

        byte[] bytes = serializer.serialize("probes", old);

        assertThat(WireFormat.schemaId(bytes)).isEqualTo(registry.latest("probes-value").id());
        AvroDeserializer<GenericRecord> deserializer = AvroDeserializer.generic(registry);
        deserializer.configure(Map.of(), false);
        GenericRecord read = deserializer.deserialize("probes", bytes);
        assertThat(read.get("name")).hasToString("probe");
        assertThat(read.get("count")).isEqualTo(0);
    }

    @Test
    void nullsStayNullForTombstones() {
        try (SpecificAvroSerde<Dispatch> serde = new SpecificAvroSerde<>(registry, Dispatch.class)) {
            serde.configure(Map.of(), false);
            assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
            assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
        }
    }

    @Test
    void bytesNotInTheWireFormatAreRejectedWithTheReason() {
        try (SpecificAvroSerde<Dispatch> serde = new SpecificAvroSerde<>(registry, Dispatch.class)) {
            serde.configure(Map.of(), false);
            byte[] good = serde.serializer().serialize(TOPIC, SampleDispatches.dispatch("d-1", 1));
            byte[] wrongMagic = good.clone();
            wrongMagic[0] = 1;

            assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, "{\"json\":1}".getBytes()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Unknown magic byte 123");
            assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, wrongMagic))
                .isInstanceOf(SerializationException.class).hasMessageContaining("magic byte 1");
            assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("too short");
            assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, Arrays.copyOf(good, 40)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("schema id");
            byte[] unknownId = good.clone();
            unknownId[4] = 99;
            assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, unknownId))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Cannot get schema 99")
                .isNotInstanceOf(RegistryUnavailableException.class);
        }
    }

    /** Nothing listens on port 1: every call is refused, as by a registry that is down. */
    @Test
    void aRegistryThatCannotAnswerIsToldApartFromARecordAtFault() {
        Map<String, Object> unreachable = Map.of(SchemaRegistryClientConfig.URL_CONFIG, "http://127.0.0.1:1",
            SchemaRegistryClientConfig.MAX_RETRIES_CONFIG, 0);
        byte[] good;
        try (SpecificAvroSerde<Dispatch> serde = new SpecificAvroSerde<>(registry, Dispatch.class)) {
            serde.configure(Map.of(), false);
            good = serde.serializer().serialize(TOPIC, SampleDispatches.dispatch("d-1", 1));
        }
        try (SpecificAvroSerde<Dispatch> serde = new SpecificAvroSerde<>(null, Dispatch.class)) {
            serde.configure(unreachable, false);

            assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, good))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("Cannot get schema");
            assertThatThrownBy(() -> serde.serializer().serialize(TOPIC, SampleDispatches.dispatch("d-1", 1)))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("dispatches-value");
            assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, "{}".getBytes()))
                .as("a record not in the wire format is at fault whatever the registry does")
                .isNotInstanceOf(RegistryUnavailableException.class);
        }
    }
}
