package io.wirefeed.registry;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** Small schemas for registry tests: a v2 that is BACKWARD compatible with v1, and one that is not. */
public final class SchemaFixtures {

    public static final Schema PROBE_V1 = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
        .requiredString("name").endRecord();

    /** v1 plus a field with a default: reads v1 data. */
    public static final Schema PROBE_V2 = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
        .requiredString("name").name("count").type().intType().intDefault(0).endRecord();

    /** v1 plus a field without a default: cannot read v1 data. */
    public static final Schema PROBE_BREAKING = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
        .requiredString("name").requiredLong("sequence").endRecord();

    private SchemaFixtures() {
    }
}
