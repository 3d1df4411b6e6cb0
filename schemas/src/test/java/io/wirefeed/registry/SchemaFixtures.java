package io.wirefeed.registry;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * Small schemas for registry tests: a v2 that is FULL compatible with v1 (and so BACKWARD), one that is not even
 * BACKWARD, and two that pass a weaker level than FULL_TRANSITIVE.
 */
public final class SchemaFixtures {

    public static final Schema PROBE_V1 = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
        .requiredString("name").endRecord();

    /** v1 plus a field with a default: reads v1 data. */
    public static final Schema PROBE_V2 = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
        .requiredString("name").name("count").type().intType().intDefault(0).endRecord();

    /** v1 plus a field without a default: cannot read v1 data. */
    public static final Schema PROBE_BREAKING = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
        .requiredString("name").requiredLong("sequence").endRecord();

    /** v2 with its default dropped: FULL compatible with v2, yet cannot read v1 data (so not FULL_TRANSITIVE). */
    public static final Schema PROBE_V3_NO_DEFAULT = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
        .requiredString("name").requiredInt("count").endRecord();

    /** v2 without the field v1 and v2 require: reads v2 data (BACKWARD), but v2 cannot read its data (not FORWARD). */
    public static final Schema PROBE_DROPS_NAME = SchemaBuilder.record("Probe").namespace("io.wirefeed.test").fields()
        .name("count").type().intType().intDefault(0).endRecord();

    private SchemaFixtures() {
    }
}
