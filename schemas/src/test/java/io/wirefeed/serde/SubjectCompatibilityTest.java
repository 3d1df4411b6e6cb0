package io.wirefeed.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;

import io.wirefeed.registry.CompatibilityLevel;
import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.registry.SchemaRegistryException;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.EnrichedDispatch;
import org.junit.jupiter.api.Test;

class SubjectCompatibilityTest {

    private static final Map<String, Object> CONFIG = Map.of("schema.registry.url", "http://in-memory.invalid");

    @Test
    void setsFullTransitiveOnTheValueSubjectsOfTheTopicsWritten() {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

        assertThat(SubjectCompatibility.apply(registry, CONFIG, Map.of("wirefeed.enriched",
            EnrichedDispatch.getClassSchema(), "wirefeed.alerts", Alert.getClassSchema())))
            .containsExactlyInAnyOrder("wirefeed.enriched-value", "wirefeed.alerts-value");
        assertThat(registry.compatibility("wirefeed.enriched-value")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(registry.compatibility("wirefeed.alerts-value")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
    }

    @Test
    void followsTheSettingAndTheSubjectNameStrategy() {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        SubjectCompatibility.apply(registry, Map.of("schema.registry.url", "http://in-memory.invalid",
            "schema.compatibility.level", "FULL", "value.subject.name.strategy", "RecordNameStrategy"),
            Map.of("wirefeed.alerts", Alert.getClassSchema()));
        assertThat(registry.compatibility("io.wirefeed.schema.Alert")).isEqualTo(CompatibilityLevel.FULL);

        assertThat(SubjectCompatibility.apply(registry, Map.of("schema.registry.url", "http://in-memory.invalid",
            "schema.compatibility.level", ""), Map.of("wirefeed.enriched", EnrichedDispatch.getClassSchema())))
            .as("empty: left to the registry").isEmpty();
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void aRegistryThatForbidsTheChangeKeepsItsLevelAnyOtherFailureStopsTheStart() {
        assertThat(SubjectCompatibility.apply(refusing(403), CONFIG, Map.of("wirefeed.alerts", Alert.getClassSchema())))
            .containsExactly("wirefeed.alerts-value");
        assertThatThrownBy(() -> SubjectCompatibility.apply(refusing(500), CONFIG,
            Map.of("wirefeed.alerts", Alert.getClassSchema()))).isInstanceOf(SchemaRegistryException.class);
    }

    /** A registry that answers {@code status} to a change of compatibility. */
    private static SchemaRegistryClient refusing(int status) {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        return (SchemaRegistryClient) Proxy.newProxyInstance(SubjectCompatibilityTest.class.getClassLoader(),
            new Class<?>[] {SchemaRegistryClient.class}, (proxy, method, args) -> {
                if ("setCompatibility".equals(method.getName())) {
                    throw new SchemaRegistryException("refused", status, status * 100);
                }
                try {
                    return method.invoke(registry, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }
}
