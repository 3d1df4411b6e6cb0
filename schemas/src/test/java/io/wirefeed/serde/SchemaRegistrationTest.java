package io.wirefeed.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.wirefeed.registry.CompatibilityLevel;
import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SampleDispatches;
import org.junit.jupiter.api.Test;

class SchemaRegistrationTest {

    private static final Map<String, Object> CONFIG = Map.of("schema.registry.url", "http://in-memory.invalid");

    @Test
    void aReleaseRegistersEveryPublishedSubjectAtFullTransitiveAndAServiceThenOnlyLooksUp() {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

        Map<String, Integer> ids = SchemaRegistration.registerAll(registry, CONFIG);

        assertThat(ids).containsOnlyKeys("wirefeed.dispatches-value", "wirefeed.enriched-value", "wirefeed.alerts-value",
            "wirefeed.embargoed-alerts-value", "wirefeed.trends-value", "wirefeed.dead-letters-value",
            "wirefeed.rules-value");
        ids.keySet().forEach(subject -> assertThat(registry.compatibility(subject)).as(subject)
            .isEqualTo(CompatibilityLevel.FULL_TRANSITIVE));
        assertThat(SchemaRegistration.registerAll(registry, CONFIG)).as("a second run changes nothing").isEqualTo(ids);

        try (AvroSerializer<Dispatch> lookupOnly = new AvroSerializer<>(registry)) {
            lookupOnly.configure(Map.of("schema.registry.url", "http://in-memory.invalid", "auto.register.schemas", false),
                false);
            byte[] bytes = lookupOnly.serialize("wirefeed.dispatches", SampleDispatches.dispatch("xinhua-1", 1));
            assertThat(WireFormat.schemaId(bytes)).isEqualTo(ids.get("wirefeed.dispatches-value"));
        }
    }
}
