package io.wirefeed.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.wirefeed.schema.SchemaCatalog;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The client's API calls against the real Apicurio Registry through its Confluent-compatible API. */
@ExtendWith(InfrastructureExtension.class)
class RegistryAgainstApicurioIT {

    private final RestSchemaRegistryClient client;

    RegistryAgainstApicurioIT(RegistryEndpoint registry) {
        this.client = RestSchemaRegistryClient.of(new SchemaRegistryClientConfig(
            Map.of(SchemaRegistryClientConfig.URL_CONFIG, registry.url())));
    }

    private static String subject() {
        return "probe-" + UUID.randomUUID() + "-value";
    }

    @Test
    void registersLooksUpAndVersionsSchemas() {
        String subject = subject();
        int v1 = client.register(subject, SchemaFixtures.PROBE_V1);

        assertThat(client.register(subject, SchemaFixtures.PROBE_V1)).as("same schema, same id").isEqualTo(v1);
        assertThat(client.lookup(subject, SchemaFixtures.PROBE_V1))
            .isEqualTo(new RegisteredSchema(subject, 1, v1, SchemaFixtures.PROBE_V1));
        assertThat(client.schemaById(v1)).isEqualTo(SchemaFixtures.PROBE_V1);

        int v2 = client.register(subject, SchemaFixtures.PROBE_V2);
        assertThat(v2).isNotEqualTo(v1);
        assertThat(client.latest(subject)).isEqualTo(new RegisteredSchema(subject, 2, v2, SchemaFixtures.PROBE_V2));
        assertThat(client.version(subject, 1).schema()).isEqualTo(SchemaFixtures.PROBE_V1);
        assertThat(client.subjects()).contains(subject);

        assertThat(client.deleteSubject(subject)).containsExactly(1, 2);
        assertThat(client.subjects()).doesNotContain(subject);
    }

    @Test
    void theRegistryRejectsABreakingChangeUnderBackwardCompatibility() {
        String subject = subject();
        client.register(subject, SchemaFixtures.PROBE_V1);
        client.setCompatibility(subject, CompatibilityLevel.BACKWARD);

        assertThat(client.compatibility(subject)).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.isCompatible(subject, SchemaFixtures.PROBE_V2)).isTrue();
        assertThat(client.isCompatible(subject, SchemaFixtures.PROBE_BREAKING)).isFalse();
        assertThatThrownBy(() -> client.register(subject, SchemaFixtures.PROBE_BREAKING))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.isTransient()).isFalse();
            });
        assertThat(client.latest(subject).version()).isEqualTo(1);
    }

    /**
     * What the services rely on at start: Apicurio's Confluent API takes {@code PUT /config/{subject}} before the
     * subject has a version, reads it back, and then refuses what FULL_TRANSITIVE forbids: a schema that the
     * latest cannot read, and one that reads the latest both ways but not the first version.
     */
    @Test
    void theRegistryEnforcesFullTransitiveSetBeforeTheFirstVersion() {
        String subject = subject();
        client.setCompatibility(subject, CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(client.compatibility(subject)).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);

        client.register(subject, SchemaFixtures.PROBE_V1);
        client.register(subject, SchemaFixtures.PROBE_V2);
        for (Schema refused : List.of(SchemaFixtures.PROBE_DROPS_NAME, SchemaFixtures.PROBE_V3_NO_DEFAULT)) {
            assertThatThrownBy(() -> client.register(subject, refused)).as(refused.toString())
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.status()).isEqualTo(409));
        }
        assertThat(client.latest(subject).version()).isEqualTo(2);
        assertThat(client.compatibility(subject)).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
    }

    @Test
    void unknownIdsAndSubjectsAreNotFound() {
        assertThatThrownBy(() -> client.schemaById(987_654))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                assertThat(e.isNotFound()).isTrue();
                assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SCHEMA_NOT_FOUND);
            });
        assertThatThrownBy(() -> client.latest(subject()))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> assertThat(e.isNotFound()).isTrue());
        assertThat(client.isCompatible(subject(), SchemaFixtures.PROBE_V1)).isTrue();
    }

    /**
     * The build-time evolution check, made by the registry: each schema may follow all its released versions under
     * the level the services set.
     */
    @ParameterizedTest
    @EnumSource(SchemaCatalog.class)
    void theRegistryAcceptsEachSchemaAfterItsReleasedVersions(SchemaCatalog entry) throws IOException {
        String subject = "evolution-" + UUID.randomUUID() + "-" + entry.schema().getFullName();
        client.setCompatibility(subject, SchemaCatalog.COMPATIBILITY);
        try (Stream<Path> files = Files.list(Path.of("released", entry.schema().getName()))) {
            for (Path file : files.sorted(Comparator.comparing(path -> Integer.parseInt(
                    path.getFileName().toString().replace(".avsc", "")))).toList()) {
                client.register(subject, new Schema.Parser().parse(Files.readString(file)));
            }
        }

        assertThat(client.isCompatible(subject, entry.schema())).isTrue();
        client.register(subject, entry.schema());
    }
}
