package io.wirefeed.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.avro.Schema;

/**
 * Run at a release: adds each schema of the catalogue that changed since its latest released version, whole, as the
 * next version in {@code schemas/released/<record>/<n>.avsc}; {@link SchemaEvolutionTest} holds every later change
 * compatible with all of them. Released files are never edited or removed.
 * {@code mvn -pl schemas -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.wirefeed.schema.ReleaseSchemas}
 */
public final class ReleaseSchemas {

    private ReleaseSchemas() {
    }

    public static void main(String[] args) throws IOException {
        for (SchemaCatalog entry : SchemaCatalog.values()) {
            List<Schema> released = ReleasedSchemas.of(entry);
            // Schema.equals compares everything a reader sees (names, fields, defaults, docs and properties).
            if (!released.isEmpty() && released.get(released.size() - 1).equals(entry.schema())) {
                System.out.println("unchanged " + entry.schema().getName() + " (version " + released.size() + ")");
                continue;
            }
            Path file = Files.createDirectories(ReleasedSchemas.directory(entry)).resolve((released.size() + 1) + ".avsc");
            Files.writeString(file, entry.schema().toString(true) + "\n", StandardCharsets.UTF_8);
            System.out.println("released " + file);
        }
    }
}
