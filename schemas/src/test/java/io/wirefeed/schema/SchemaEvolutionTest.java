package io.wirefeed.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.wirefeed.registry.AvroCompatibility;
import io.wirefeed.registry.CompatibilityLevel;
import org.apache.avro.Schema;
import org.apache.avro.SchemaValidationException;
import org.apache.avro.SchemaValidatorBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Holds every schema to {@link SchemaCatalog#COMPATIBILITY} (FULL_TRANSITIVE) with every released version of it
 * (kept in {@code schemas/released/<record>/<n>.avsc}): consumers on the new schema read everything already on the
 * topics, and subscribers on any released schema read what the new one writes. Also holds the schemas to the habits
 * that keep later evolution safe.
 */
class SchemaEvolutionTest {

    @ParameterizedTest
    @EnumSource(SchemaCatalog.class)
    void readsAndIsReadByEveryReleasedVersion(SchemaCatalog entry) throws SchemaValidationException {
        List<Schema> released = ReleasedSchemas.of(entry);
        assertThat(released).as("released versions of %s in %s (run ReleaseSchemas at a release)", entry,
            ReleasedSchemas.directory(entry)).isNotEmpty();

        assertThat(AvroCompatibility.problems(SchemaCatalog.COMPATIBILITY, entry.schema(), released))
            .as("%s problems of %s against %s", SchemaCatalog.COMPATIBILITY, entry, ReleasedSchemas.files(entry))
            .isEmpty();
        // Avro's own validator says the same: mutual read, against all (it takes the newest first).
        List<Schema> newestFirst = new ArrayList<>(released);
        Collections.reverse(newestFirst);
        new SchemaValidatorBuilder().mutualReadStrategy().validateAll().validate(entry.schema(), newestFirst);
    }

    @Test
    void theCheckCatchesABreakingChange() {
        Schema released = Dispatch.getClassSchema();
        String withRequiredField = released.toString().replaceFirst("\"fields\":\\[",
            "\"fields\":[{\"name\":\"desk\",\"type\":\"string\"},");
        String withRetypedField = released.toString().replace("{\"name\":\"urgency\",\"type\":[\"null\",\"int\"]",
            "{\"name\":\"urgency\",\"type\":[\"null\",\"string\"]");

        assertThat(AvroCompatibility.problems(SchemaCatalog.COMPATIBILITY,
            new Schema.Parser().parse(withRequiredField), List.of(released)))
            .singleElement().asString().contains("READER_FIELD_MISSING_DEFAULT_VALUE").contains("desk");
        assertThat(AvroCompatibility.problems(SchemaCatalog.COMPATIBILITY,
            new Schema.Parser().parse(withRetypedField), List.of(released)))
            .hasSize(2).allSatisfy(problem -> assertThat(problem).contains("/fields/9"));
    }

    /** A field that gains a default in one release may not lose it in the next: the first release's data lacks it. */
    @Test
    void theCheckGoesBackToTheFirstRelease() {
        Schema first = Dispatch.getClassSchema();
        String deskWithDefault = first.toString().replaceFirst("\"fields\":\\[",
            "\"fields\":[{\"name\":\"desk\",\"type\":\"string\",\"default\":\"\"},");
        Schema second = new Schema.Parser().parse(deskWithDefault);
        Schema third = new Schema.Parser().parse(deskWithDefault.replace(",\"default\":\"\"", ""));

        assertThat(AvroCompatibility.problems(CompatibilityLevel.FULL, third, List.of(first, second))).isEmpty();
        assertThat(AvroCompatibility.problems(SchemaCatalog.COMPATIBILITY, third, List.of(first, second)))
            .singleElement().asString().contains("new schema cannot read old data").contains("desk");
        assertThatThrownBy(() -> new SchemaValidatorBuilder().mutualReadStrategy().validateAll()
            .validate(third, List.of(second, first))).isInstanceOf(SchemaValidationException.class);
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
