package io.wirefeed.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.wirefeed.config.ConfigDocs;
import io.wirefeed.config.DocsSection;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The schema reference in docs/schemas.md is generated from the schemas' own docs, so it cannot drift from them. */
class SchemaReferenceTest {

    @Test
    void theSchemasPageDescribesEveryRecordAndField() throws Exception {
        Map<String, Schema> named = new LinkedHashMap<>();
        for (SchemaCatalog entry : SchemaCatalog.values()) {
            collect(entry.schema(), named);
        }
        StringBuilder reference = new StringBuilder();
        for (Schema schema : named.values()) {
            reference.append("\n### ").append(schema.getName()).append("\n\n").append(schema.getDoc()).append("\n");
            if (schema.getType() == Schema.Type.ENUM) {
                reference.append("\nSymbols: ").append(schema.getEnumSymbols().stream().map(s -> "`" + s + "`")
                    .collect(Collectors.joining(", "))).append(" (default `").append(schema.getEnumDefault())
                    .append("`).\n");
                continue;
            }
            reference.append("\n| Field | Type | Default | Meaning |\n|---|---|---|---|\n");
            for (Schema.Field field : schema.getFields()) {
                reference.append("| `").append(field.name()).append("` | ").append(typeOf(field.schema()))
                    .append(" | ").append(field.hasDefaultValue() ? "`" + defaultOf(field) + "`" : "required")
                    .append(" | ").append(ConfigDocs.markdownCell(field.doc())).append(" |\n");
            }
        }
        DocsSection.of("schemas.md", "schemas:reference").assertCurrent(reference.toString());
    }

    private static void collect(Schema schema, Map<String, Schema> named) {
        switch (schema.getType()) {
            case RECORD -> {
                if (named.putIfAbsent(schema.getFullName(), schema) == null) {
                    schema.getFields().forEach(field -> collect(field.schema(), named));
                }
            }
            case ENUM -> named.putIfAbsent(schema.getFullName(), schema);
            case ARRAY -> collect(schema.getElementType(), named);
            case UNION -> schema.getTypes().forEach(branch -> collect(branch, named));
            default -> {
                // primitives are described inline
            }
        }
    }

    private static String typeOf(Schema schema) {
        return switch (schema.getType()) {
            case UNION -> {
                List<String> branches = new ArrayList<>();
                boolean optional = false;
                for (Schema branch : schema.getTypes()) {
                    if (branch.getType() == Schema.Type.NULL) {
                        optional = true;
                    } else {
                        branches.add(typeOf(branch));
                    }
                }
                yield String.join(" or ", branches) + (optional ? ", optional" : "");
            }
            case ARRAY -> "array of " + typeOf(schema.getElementType());
            case RECORD, ENUM -> schema.getName();
            default -> schema.getLogicalType() != null ? schema.getLogicalType().getName()
                : schema.getType().getName();
        };
    }

    private static String defaultOf(Schema.Field field) {
        Object value = field.defaultVal();
        if (value == JsonProperties.NULL_VALUE) {
            return "null";
        }
        return "".equals(value) ? "\"\"" : String.valueOf(value);
    }
}
