package io.wirefeed.registry;

import java.util.List;

import org.apache.avro.Schema;

/**
 * The calls the pipeline makes on a schema registry that speaks Confluent's REST API (Confluent Schema
 * Registry, Apicurio's {@code /apis/ccompat/v7}, Karapace, Redpanda). Only Avro schemas are used.
 *
 * <p>Failures are {@link SchemaRegistryException}s carrying the HTTP status and Confluent error code.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /** Registers the schema under the subject (idempotent: the same schema again returns the same id). */
    int register(String subject, Schema schema);

    /** The id of a schema already registered under the subject; {@link SchemaRegistryException} (40403) if none. */
    RegisteredSchema lookup(String subject, Schema schema);

    /** The schema with the given global id. */
    Schema schemaById(int id);

    /** One version of a subject. */
    RegisteredSchema version(String subject, int version);

    /** The latest version of a subject. */
    RegisteredSchema latest(String subject);

    /** Whether the schema could be registered under the subject given its compatibility level. */
    boolean isCompatible(String subject, Schema schema);

    /** The compatibility level of a subject, or the global one when the subject has none. */
    CompatibilityLevel compatibility(String subject);

    /** Sets the compatibility level of a subject. */
    void setCompatibility(String subject, CompatibilityLevel level);

    /** All subjects. */
    List<String> subjects();

    /** Deletes a subject (soft delete) and returns the versions it had. */
    List<Integer> deleteSubject(String subject);

    @Override
    default void close() {
    }
}
