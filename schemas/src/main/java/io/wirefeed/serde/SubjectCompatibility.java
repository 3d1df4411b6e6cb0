package io.wirefeed.serde;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.wirefeed.registry.CompatibilityLevel;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets the compatibility level ({@code schema.compatibility.level}, FULL_TRANSITIVE by default) of the subjects a
 * service writes, when it starts: the registry then holds every later schema to it, whoever registers it. Set before
 * the subject's first version too (Apicurio's Confluent API takes it, {@code RegistryAgainstApicurioIT}).
 */
public final class SubjectCompatibility {

    private static final Logger LOG = LoggerFactory.getLogger(SubjectCompatibility.class);

    private SubjectCompatibility() {
    }

    /**
     * Sets the level on the value subjects of {@code values} (each topic with the record written to it, named by the
     * configured strategy); returns the subjects set. A registry that refuses the change (401, 403: the service may
     * not configure it) is logged and left as it is, since it then holds its own level; anything else fails the start.
     */
    public static Set<String> apply(SchemaRegistryClient given, Map<String, ?> serdeConfig, Map<String, Schema> values) {
        AvroSerdeConfig config = new AvroSerdeConfig(serdeConfig);
        Optional<CompatibilityLevel> level = config.subjectCompatibility();
        Set<String> subjects = new LinkedHashSet<>();
        if (level.isEmpty()) {
            return subjects;
        }
        SubjectNameStrategy strategy = config.subjectNameStrategy(false);
        values.forEach((topic, schema) -> subjects.add(strategy.subjectName(topic, false, schema)));
        RegistryConnection connection = RegistryConnection.of(given, serdeConfig);
        try {
            for (String subject : subjects) {
                set(connection.client(), subject, level.get());
            }
        } finally {
            connection.close();
        }
        return subjects;
    }

    private static void set(SchemaRegistryClient registry, String subject, CompatibilityLevel level) {
        try {
            registry.setCompatibility(subject, level);
            LOG.info("Compatibility of subject {} set to {}", subject, level);
        } catch (SchemaRegistryException e) {
            if (e.status() != 401 && e.status() != 403) {
                throw e;
            }
            LOG.warn("The registry does not let this service set the compatibility of {} ({}); it keeps its own level",
                subject, e.getMessage());
        }
    }
}
