package io.wirefeed.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class CachedSchemaRegistryClientTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void answersRepeatedQuestionsFromTheCache() {
        CachedSchemaRegistryClient cached = new CachedSchemaRegistryClient(registry, 100, -1);
        int id = cached.register("p-value", SchemaFixtures.PROBE_V1);
        for (int i = 0; i < 100; i++) {
            assertThat(cached.register("p-value", SchemaFixtures.PROBE_V1)).isEqualTo(id);
            assertThat(cached.schemaById(id)).isEqualTo(SchemaFixtures.PROBE_V1);
            assertThat(cached.lookup("p-value", SchemaFixtures.PROBE_V1).id()).isEqualTo(id);
            assertThat(cached.latest("p-value").id()).isEqualTo(id);
            assertThat(cached.version("p-value", 1).id()).isEqualTo(id);
        }
        assertThat(registry.calls()).isEqualTo(4);   // register, lookup, latest, version: once each
    }

    @Test
    void staysWithinItsBoundDroppingTheLeastRecentlyUsed() {
        CachedSchemaRegistryClient cached = new CachedSchemaRegistryClient(registry, 3, -1);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Schema schema = SchemaBuilder.record("R" + i).fields().requiredInt("f").endRecord();
            ids.add(registry.register("s" + i, schema));
        }
        ids.forEach(cached::schemaById);
        int before = registry.calls();

        cached.schemaById(ids.get(4));          // still cached
        assertThat(registry.calls()).isEqualTo(before);
        cached.schemaById(ids.get(0));          // evicted: asked again
        assertThat(registry.calls()).isEqualTo(before + 1);
    }

    @Test
    void latestIsRefetchedOnceItsTtlIsOver() {
        registry.register("p-value", SchemaFixtures.PROBE_V1);
        CachedSchemaRegistryClient uncached = new CachedSchemaRegistryClient(registry, 10, 0);
        CachedSchemaRegistryClient forever = new CachedSchemaRegistryClient(registry, 10, -1);
        forever.latest("p-value");
        uncached.latest("p-value");

        registry.register("p-value", SchemaFixtures.PROBE_V2);

        assertThat(uncached.latest("p-value").version()).isEqualTo(2);
        assertThat(forever.latest("p-value").version()).isEqualTo(1);
    }

    @Test
    void deletingASubjectForgetsWhatWasCachedForIt() {
        CachedSchemaRegistryClient cached = new CachedSchemaRegistryClient(registry, 10, -1);
        cached.register("p-value", SchemaFixtures.PROBE_V1);
        cached.latest("p-value");

        assertThat(cached.deleteSubject("p-value")).containsExactly(1);
        cached.register("p-value", SchemaFixtures.PROBE_V1);

        assertThat(registry.subjects()).containsExactly("p-value");
    }
}
