package io.wirefeed.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run at a release: writes each schema of the catalogue, whole, into {@code schemas/released/}, where
 * {@link SchemaEvolutionTest} holds every later change to BACKWARD compatibility with it.
 * {@code mvn -pl schemas -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.wirefeed.schema.ReleaseSchemas}
 */
public final class ReleaseSchemas {

    private ReleaseSchemas() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(SchemaEvolutionTest.RELEASED);
        for (SchemaCatalog entry : SchemaCatalog.values()) {
            Path file = dir.resolve(entry.fileName());
            Files.writeString(file, entry.schema().toString(true) + "\n", StandardCharsets.UTF_8);
            System.out.println("released " + file);
        }
    }
}
