package io.wirefeed.registry;

import java.time.Duration;
import java.util.List;

import org.apache.avro.Schema;

/**
 * Puts bounded caches in front of another client, so that serializing or deserializing a record costs no
 * registry call once its schema is known. What a registry never changes (ids, schemas by id, registered
 * versions) is cached until evicted; the latest version of a subject for {@code latestTtlSeconds}
 * (-1: until closed, 0: not at all). Configuration and compatibility calls always go to the registry.
 */
public final class CachedSchemaRegistryClient implements SchemaRegistryClient {

    private record SubjectSchema(String subject, Schema schema) {
    }

    private record SubjectVersion(String subject, int version) {
    }

    private record Fetched(RegisteredSchema schema, long atNanos) {
    }

    private final SchemaRegistryClient registry;
    private final long latestTtlNanos;
    private final BoundedCache<SubjectSchema, Integer> registeredIds;
    private final BoundedCache<SubjectSchema, RegisteredSchema> lookups;
    private final BoundedCache<Integer, Schema> schemasById;
    private final BoundedCache<SubjectVersion, RegisteredSchema> versions;
    private final BoundedCache<String, Fetched> latest;

    public CachedSchemaRegistryClient(SchemaRegistryClient registry, int capacity, long latestTtlSeconds) {
        this.registry = registry;
        this.latestTtlNanos = latestTtlSeconds < 0 ? Long.MAX_VALUE : Duration.ofSeconds(latestTtlSeconds).toNanos();
        this.registeredIds = new BoundedCache<>(capacity);
        this.lookups = new BoundedCache<>(capacity);
        this.schemasById = new BoundedCache<>(capacity);
        this.versions = new BoundedCache<>(capacity);
        this.latest = new BoundedCache<>(capacity);
    }

    @Override
    public int register(String subject, Schema schema) {
        return registeredIds.get(new SubjectSchema(subject, schema), key -> {
            int id = registry.register(subject, schema);
            schemasById.put(id, schema);
            return id;
        });
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        return lookups.get(new SubjectSchema(subject, schema), key -> registry.lookup(subject, schema));
    }

    @Override
    public Schema schemaById(int id) {
        return schemasById.get(id, registry::schemaById);
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        return versions.get(new SubjectVersion(subject, version), key -> registry.version(subject, version));
    }

    @Override
    public RegisteredSchema latest(String subject) {
        if (latestTtlNanos == 0) {
            return registry.latest(subject);
        }
        Fetched cached = latest.get(subject, this::fetchLatest);
        if (latestTtlNanos != Long.MAX_VALUE && System.nanoTime() - cached.atNanos() >= latestTtlNanos) {
            cached = fetchLatest(subject);
            latest.put(subject, cached);
        }
        return cached.schema();
    }

    private Fetched fetchLatest(String subject) {
        return new Fetched(registry.latest(subject), System.nanoTime());
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        return registry.isCompatible(subject, schema);
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        return registry.compatibility(subject);
    }

    @Override
    public void setCompatibility(String subject, CompatibilityLevel level) {
        registry.setCompatibility(subject, level);
    }

    @Override
    public List<String> subjects() {
        return registry.subjects();
    }

    @Override
    public List<Integer> deleteSubject(String subject) {
        List<Integer> deleted = registry.deleteSubject(subject);
        registeredIds.removeIf(key -> key.subject().equals(subject));
        lookups.removeIf(key -> key.subject().equals(subject));
        versions.removeIf(key -> key.subject().equals(subject));
        latest.removeIf(subject::equals);
        return deleted;
    }

    @Override
    public void close() {
        registry.close();
    }
}
