package io.wirefeed.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.avro.Schema;

/**
 * A registry in memory, for unit tests that have no server (TopologyTestDriver tests). It keeps the rules
 * that matter to serdes: one global id per distinct schema, versions per subject, and compatibility checked
 * on registration (BACKWARD by default). Integration tests use the real registry instead.
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {

    private final Map<Schema, Integer> ids = new HashMap<>();
    private final Map<Integer, Schema> schemas = new HashMap<>();
    private final Map<String, List<Schema>> subjects = new LinkedHashMap<>();
    private final Map<String, CompatibilityLevel> levels = new HashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;

    /** How many calls reached this registry: a cache in front of it should keep this low. */
    public int calls() {
        return calls.get();
    }

    public synchronized void setGlobalCompatibility(CompatibilityLevel level) {
        globalLevel = level;
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        calls.incrementAndGet();
        List<Schema> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        if (!versions.contains(schema)) {
            List<String> problems = AvroCompatibility.problems(levelOf(subject), schema, versions);
            if (!problems.isEmpty()) {
                throw new SchemaRegistryException("Schema being registered is incompatible with an earlier schema "
                    + "for subject " + subject + ": " + problems, 409, SchemaRegistryException.INCOMPATIBLE_SCHEMA);
            }
            versions.add(schema);
        }
        return ids.computeIfAbsent(schema, s -> {
            int id = ids.size() + 1;
            schemas.put(id, s);
            return id;
        });
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        calls.incrementAndGet();
        int index = versionsOf(subject).indexOf(schema);
        if (index < 0) {
            throw notFound("Schema not found under subject " + subject, SchemaRegistryException.SCHEMA_NOT_FOUND);
        }
        return new RegisteredSchema(subject, index + 1, ids.get(schema), schema);
    }

    @Override
    public synchronized Schema schemaById(int id) {
        calls.incrementAndGet();
        Schema schema = schemas.get(id);
        if (schema == null) {
            throw notFound("Schema " + id + " not found", SchemaRegistryException.SCHEMA_NOT_FOUND);
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema version(String subject, int version) {
        calls.incrementAndGet();
        List<Schema> versions = versionsOf(subject);
        if (version < 1 || version > versions.size()) {
            throw notFound("Version " + version + " of " + subject + " not found",
                SchemaRegistryException.VERSION_NOT_FOUND);
        }
        Schema schema = versions.get(version - 1);
        return new RegisteredSchema(subject, version, ids.get(schema), schema);
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        return version(subject, versionsOf(subject).size());
    }

    @Override
    public synchronized boolean isCompatible(String subject, Schema schema) {
        calls.incrementAndGet();
        return AvroCompatibility.problems(levelOf(subject), schema, subjects.getOrDefault(subject, List.of()))
            .isEmpty();
    }

    @Override
    public synchronized CompatibilityLevel compatibility(String subject) {
        calls.incrementAndGet();
        return levelOf(subject);
    }

    @Override
    public synchronized void setCompatibility(String subject, CompatibilityLevel level) {
        calls.incrementAndGet();
        levels.put(subject, level);
    }

    @Override
    public synchronized List<String> subjects() {
        calls.incrementAndGet();
        return List.copyOf(subjects.keySet());
    }

    @Override
    public synchronized List<Integer> deleteSubject(String subject) {
        calls.incrementAndGet();
        int count = versionsOf(subject).size();
        subjects.remove(subject);
        List<Integer> deleted = new ArrayList<>();
        for (int version = 1; version <= count; version++) {
            deleted.add(version);
        }
        return deleted;
    }

    private CompatibilityLevel levelOf(String subject) {
        return levels.getOrDefault(subject, globalLevel);
    }

    private List<Schema> versionsOf(String subject) {
        List<Schema> versions = subjects.get(subject);
        if (versions == null) {
            throw notFound("Subject " + subject + " not found", SchemaRegistryException.SUBJECT_NOT_FOUND);
        }
        return versions;
    }

    private static SchemaRegistryException notFound(String message, int code) {
        return new SchemaRegistryException(message, 404, code);
    }
}
