package io.wirefeed.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.wirefeed.registry.AvroCompatibility;
import io.wirefeed.registry.CompatibilityLevel;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Holds every schema to BACKWARD compatibility with its last released version (kept in
 * {@code schemas/released/}), so that consumers on the new schema read everything already on the topics,
 * and to the habits that keep later evolution safe.
 */
class SchemaEvolutionTest {

    /** Relative to the schemas module, where Maven runs its tests. */
    static final Path RELEASED = Path.of("released");

    @ParameterizedTest
    @EnumSource(SchemaCatalog.class)
    void readsEverythingItsReleasedVersionWrote(SchemaCatalog entry) throws IOException {
        Path released = RELEASED.resolve(entry.fileName());
        assertThat(released).as("released version of %s (run ReleaseSchemas at a release)", entry).exists();
        Schema previous = new Schema.Parser().parse(Files.readString(released));

        assertThat(AvroCompatibility.problems(CompatibilityLevel.BACKWARD, entry.schema(), List.of(previous)))
            .as("BACKWARD problems of %s against %s", entry, released)
            .isEmpty();
    }

    @Test
    void theCheckCatchesABreakingChange() {
        Schema released = Dispatch.getClassSchema();
        String withRequiredField = released.toString().replaceFirst("\"fields\":\\[",
            "\"fields\":[{\"name\":\"desk\",\"type\":\"string\"},");
        String withRetypedField = released.toString().replace("{\"name\":\"urgency\",\"type\":[\"null\",\"int\"]",
            "{\"name\":\"urgency\",\"type\":[\"null\",\"string\"]");

        assertThat(AvroCompatibility.problems(CompatibilityLevel.BACKWARD,
            new Schema.Parser().parse(withRequiredField), List.of(released)))
            .singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE").contains("desk");
        assertThat(AvroCompatibility.problems(CompatibilityLevel.BACKWARD,
            new Schema.Parser().parse(withRetypedField), List.of(released)))
            .singleElement().asString().contains("MISSING_UNION_BRANCH").contains("/fields/9");
    }

    @ParameterizedTest
    @EnumSource(SchemaCatalog.class)
    void everyFieldIsDocumentedAndEveryEnumHasADefault(SchemaCatalog entry) {
        List<String> problems = new ArrayList<>();
        inspect(entry.schema(), new ArrayList<>(), problems);
        assertThat(problems).isEmpty();
    }

    private static void inspect(Schema schema, List<String> seen, List<String> problems) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.contains(schema.getFullName())) {
                    return;
                }
                seen.add(schema.getFullName());
                if (schema.getDoc() == null) {
                    problems.add(schema.getFullName() + " has no doc");
                }
                for (Schema.Field field : schema.getFields()) {
                    if (field.doc() == null || field.doc().isBlank()) {
                        problems.add(schema.getFullName() + "." + field.name() + " has no doc");
                    }
                    inspect(field.schema(), seen, problems);
                }
            }
            case ENUM -> {
                if (schema.getEnumDefault() == null) {
                    problems.add(schema.getFullName() + " has no default symbol");
                }
            }
            case ARRAY -> inspect(schema.getElementType(), seen, problems);
            case MAP -> inspect(schema.getValueType(), seen, problems);
            case UNION -> schema.getTypes().forEach(branch -> inspect(branch, seen, problems));
            default -> {
                // primitives carry nothing to check
            }
        }
    }
}
