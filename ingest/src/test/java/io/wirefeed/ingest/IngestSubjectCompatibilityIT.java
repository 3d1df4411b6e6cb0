package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.wirefeed.registry.CompatibilityLevel;
import io.wirefeed.registry.RestSchemaRegistryClient;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ingest sets its subjects' compatibility at start: subjects registered with the registry's default level (BACKWARD
 * here, set on purpose so that the test does not hang on which default a registry has) are FULL_TRANSITIVE once the
 * service has started, before it has published anything.
 */
@ExtendWith(InfrastructureExtension.class)
class IngestSubjectCompatibilityIT {

    @Test
    void ingestSetsItsSubjectsToFullTransitiveAtStart(KafkaEndpoint kafka, RegistryEndpoint registry) {
        IngestSettings settings = new IngestSettings(kafka, registry).with("auto.register.schemas", false);
        List<String> subjects = List.of(settings.dispatches + "-value", settings.deadLetters + "-value");
        try (SchemaRegistryClient client = RestSchemaRegistryClient.create(Map.of("schema.registry.url",
                registry.url()))) {
            client.register(subjects.get(0), Dispatch.getClassSchema());
            client.register(subjects.get(1), DeadLetter.getClassSchema());
            for (String subject : subjects) {
                client.setCompatibility(subject, CompatibilityLevel.BACKWARD);
                assertThat(client.compatibility(subject)).as(subject).isEqualTo(CompatibilityLevel.BACKWARD);
            }
            try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC())) {
                for (String subject : subjects) {
                    assertThat(client.compatibility(subject)).as(subject)
                        .isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
                }
            }
        }
    }
}
