package io.wirefeed.schema;

import io.wirefeed.registry.CompatibilityLevel;
import org.apache.avro.Schema;

/** The top-level records the pipeline publishes, each of which is registered under its own subjects. */
public enum SchemaCatalog {
    DISPATCH(Dispatch.getClassSchema()),
    ENRICHED_DISPATCH(EnrichedDispatch.getClassSchema()),
    ALERT(Alert.getClassSchema()),
    TREND(Trend.getClassSchema()),
    DEAD_LETTER(DeadLetter.getClassSchema()),
    RULE(Rule.getClassSchema());

    /**
     * The compatibility the registry holds each subject to, and the build each schema to against all its released
     * versions: FULL_TRANSITIVE, since readers of every released version keep reading (subscribers upgrade when they
     * choose, not when enrich does) and new readers read everything still on the topics.
     */
    public static final CompatibilityLevel COMPATIBILITY = CompatibilityLevel.FULL_TRANSITIVE;

    private final Schema schema;

    SchemaCatalog(Schema schema) {
        this.schema = schema;
    }

    public Schema schema() {
        return schema;
    }

}
