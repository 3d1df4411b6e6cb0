package io.wirefeed.serde;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.wirefeed.registry.CompatibilityLevel;
import io.wirefeed.registry.SchemaRegistryClientConfig;
import io.wirefeed.schema.SchemaCatalog;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/** Settings of the Avro serializer and deserializer: the registry client's, plus how subjects are used. */
public class AvroSerdeConfig extends SchemaRegistryClientConfig {

    public static final String AUTO_REGISTER_SCHEMAS_CONFIG = "auto.register.schemas";
    private static final String AUTO_REGISTER_SCHEMAS_DOC = "Whether the serializer registers a record's schema "
        + "under its subject. When false the schema must already be registered (or see use.latest.version).";

    public static final String USE_LATEST_VERSION_CONFIG = "use.latest.version";
    private static final String USE_LATEST_VERSION_DOC = "With auto.register.schemas=false: write with the "
        + "subject's latest registered schema, converting each record to it (the latest schema must be able "
        + "to read the record's own schema).";

    public static final String KEY_SUBJECT_NAME_STRATEGY_CONFIG = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY_CONFIG = "value.subject.name.strategy";
    private static final String SUBJECT_NAME_STRATEGY_DOC = "How the subject is named: TopicNameStrategy "
        + "(<topic>-key/-value), RecordNameStrategy (the record's full name) or TopicRecordNameStrategy, "
        + "with or without Confluent's package name, or a class implementing "
        + "io.wirefeed.serde.SubjectNameStrategy.";

    public static final String SPECIFIC_AVRO_READER_CONFIG = "specific.avro.reader";
    private static final String SPECIFIC_AVRO_READER_DOC = "Whether the deserializer returns the generated "
        + "class of the writer's record (true) or a GenericRecord (false).";

    public static final String SUBJECT_COMPATIBILITY_CONFIG = "schema.compatibility.level";
    private static final String SUBJECT_COMPATIBILITY_DOC = "Compatibility level the services set, at start, on the "
        + "subjects they write (the Confluent API's PUT /config/{subject}), so that the registry refuses a schema that "
        + "would break a subscriber, whoever registers it. FULL_TRANSITIVE: every released schema reads what a new one "
        + "writes and the other way round. Empty: leave the registry's level as it is (where the services may not "
        + "change it). The serdes themselves do not read it.";

    private static final ConfigDef.Validator STRATEGY_VALIDATOR = ConfigDef.LambdaValidator.with(
        (name, value) -> SubjectNameStrategy.forName((String) value),
        () -> "TopicNameStrategy, RecordNameStrategy, TopicRecordNameStrategy or a class name");

    public static final ConfigDef CONFIG_DEF = define(new ConfigDef(), true);

    /**
     * {@code def} with the registry client's keys and the serdes': a Kafka client's serializer registers its schema
     * by default, as Confluent's does; the services do not ({@code io.wirefeed.config.ServiceConfig}).
     */
    public static ConfigDef define(ConfigDef def, boolean autoRegister) {
        return SchemaRegistryClientConfig.define(def)
            .define(AUTO_REGISTER_SCHEMAS_CONFIG, Type.BOOLEAN, autoRegister, Importance.MEDIUM,
                AUTO_REGISTER_SCHEMAS_DOC)
            .define(USE_LATEST_VERSION_CONFIG, Type.BOOLEAN, false, Importance.LOW, USE_LATEST_VERSION_DOC)
            .define(KEY_SUBJECT_NAME_STRATEGY_CONFIG, Type.STRING, "TopicNameStrategy", STRATEGY_VALIDATOR,
                Importance.MEDIUM, SUBJECT_NAME_STRATEGY_DOC)
            .define(VALUE_SUBJECT_NAME_STRATEGY_CONFIG, Type.STRING, "TopicNameStrategy", STRATEGY_VALIDATOR,
                Importance.MEDIUM, SUBJECT_NAME_STRATEGY_DOC)
            .define(SPECIFIC_AVRO_READER_CONFIG, Type.BOOLEAN, false, Importance.LOW, SPECIFIC_AVRO_READER_DOC)
            .define(SUBJECT_COMPATIBILITY_CONFIG, Type.STRING, SchemaCatalog.COMPATIBILITY.name(),
                ConfigDef.ValidString.in(levels()), Importance.MEDIUM, SUBJECT_COMPATIBILITY_DOC);
    }

    public AvroSerdeConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props);
        if (useLatestVersion() && autoRegisterSchemas()) {
            throw new ConfigException(USE_LATEST_VERSION_CONFIG + "=true needs " + AUTO_REGISTER_SCHEMAS_CONFIG
                + "=false: a serializer either registers its own schema or writes with the latest one");
        }
    }

    /** The level to set on the subjects a service writes; empty when the registry's is to be left alone. */
    public Optional<CompatibilityLevel> subjectCompatibility() {
        String level = getString(SUBJECT_COMPATIBILITY_CONFIG);
        return level.isEmpty() ? Optional.empty() : Optional.of(CompatibilityLevel.parse(level));
    }

    private static String[] levels() {
        List<String> levels = new ArrayList<>(List.of(""));
        for (CompatibilityLevel level : CompatibilityLevel.values()) {
            levels.add(level.name());
        }
        return levels.toArray(String[]::new);
    }

    public boolean autoRegisterSchemas() {
        return getBoolean(AUTO_REGISTER_SCHEMAS_CONFIG);
    }

    public boolean useLatestVersion() {
        return getBoolean(USE_LATEST_VERSION_CONFIG);
    }

    public boolean specificReader() {
        return getBoolean(SPECIFIC_AVRO_READER_CONFIG);
    }

    public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
        return SubjectNameStrategy.forName(getString(isKey ? KEY_SUBJECT_NAME_STRATEGY_CONFIG
            : VALUE_SUBJECT_NAME_STRATEGY_CONFIG));
    }
}
