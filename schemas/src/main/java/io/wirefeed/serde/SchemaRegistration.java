package io.wirefeed.serde;

import java.util.LinkedHashMap;
import java.util.Map;

import io.wirefeed.kafka.PipelineTopic;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.schema.SchemaCatalog;
import org.apache.avro.Schema;

/**
 * What a release does before the services start: registers the schema of each topic the pipeline publishes (and of
 * the rules topic) under its value subject, the subject's compatibility level set first, so that the registry checks
 * the new schema against every version it holds. The services then only look their schemas up
 * ({@code auto.register.schemas=false}), with no right to change what subscribers read.
 */
public final class SchemaRegistration {

    private SchemaRegistration() {
    }

    /** The topics whose subjects a release registers: not the sink dead letters (copies of enriched records). */
    static boolean registered(PipelineTopic topic) {
        return topic.forSubscribers() && topic != PipelineTopic.SINK_DEAD_LETTERS;
    }

    /** Registers every schema under the topics' default names; returns each subject with its schema's id. */
    public static Map<String, Integer> registerAll(SchemaRegistryClient given, Map<String, ?> serdeConfig) {
        Map<String, Schema> values = new LinkedHashMap<>();
        for (PipelineTopic topic : PipelineTopic.values()) {
            if (registered(topic)) {
                values.put(topic.defaultName(), topic.value().map(SchemaCatalog::schema).orElseThrow());
            }
        }
        return register(given, serdeConfig, values);
    }

    /** Registers each topic's record (topics named as configured) under its value subject, the level set first. */
    public static Map<String, Integer> register(SchemaRegistryClient given, Map<String, ?> serdeConfig,
                                                Map<String, Schema> values) {
        SubjectCompatibility.apply(given, serdeConfig, values);
        AvroSerdeConfig config = new AvroSerdeConfig(serdeConfig);
        SubjectNameStrategy strategy = config.subjectNameStrategy(false);
        Map<String, Integer> ids = new LinkedHashMap<>();
        RegistryConnection connection = RegistryConnection.of(given, serdeConfig);
        try {
            values.forEach((topic, schema) -> {
                String subject = strategy.subjectName(topic, false, schema);
                ids.put(subject, connection.client().register(subject, schema));
            });
        } finally {
            connection.close();
        }
        return ids;
    }
}
