package io.wirefeed.registry;

import org.apache.avro.Schema;

/** A schema as registered: its subject, version within the subject, global id and the schema itself. */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {
}
