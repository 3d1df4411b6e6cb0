package io.wirefeed.registry;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Avro's own compatibility checker applied as a registry applies a compatibility level: BACKWARD means the
 * new schema can read data written with the previous one, FORWARD the reverse, FULL both; the transitive
 * levels check every earlier version instead of the latest only.
 */
public final class AvroCompatibility {

    private AvroCompatibility() {
    }

    /**
     * Why {@code candidate} may not follow {@code earlier} (oldest first) under {@code level}: one line per
     * problem, naming the field; empty when it may.
     */
    public static List<String> problems(CompatibilityLevel level, Schema candidate, List<Schema> earlier) {
        if (level == CompatibilityLevel.NONE || earlier.isEmpty()) {
            return List.of();
        }
        List<Schema> checked = level.name().endsWith("_TRANSITIVE") ? earlier
            : List.of(earlier.get(earlier.size() - 1));
        boolean backward = level.name().startsWith("BACKWARD") || level.name().startsWith("FULL");
        boolean forward = level.name().startsWith("FORWARD") || level.name().startsWith("FULL");
        List<String> problems = new ArrayList<>();
        for (Schema previous : checked) {
            if (backward) {
                describe(candidate, previous, "new schema cannot read old data", problems);
            }
            if (forward) {
                describe(previous, candidate, "old schema cannot read new data", problems);
            }
        }
        return problems;
    }

    private static void describe(Schema reader, Schema writer, String direction, List<String> problems) {
        for (Incompatibility incompatibility : SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult().getIncompatibilities()) {
            problems.add(direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
                + " (" + incompatibility.getMessage() + ")");
        }
    }
}
