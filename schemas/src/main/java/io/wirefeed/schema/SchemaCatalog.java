package io.wirefeed.schema;

import org.apache.avro.Schema;

/** The top-level records the pipeline publishes, each of which is registered under its own subjects. */
public enum SchemaCatalog {
    DISPATCH(Dispatch.getClassSchema()),
    ENRICHED_DISPATCH(EnrichedDispatch.getClassSchema()),
    ALERT(Alert.getClassSchema()),
    TREND(Trend.getClassSchema()),
    DEAD_LETTER(DeadLetter.getClassSchema()),
    RULE(Rule.getClassSchema());

    private final Schema schema;

    SchemaCatalog(Schema schema) {
        this.schema = schema;
    }

    public Schema schema() {
        return schema;
    }

    /** The file its released version is kept in: the record's simple name with {@code .avsc}. */
    public String fileName() {
        return schema.getName() + ".avsc";
    }
}
