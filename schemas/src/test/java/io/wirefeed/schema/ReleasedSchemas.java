package io.wirefeed.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;

/**
 * The released versions of the schemas, kept whole as {@code schemas/released/<record>/<n>.avsc} (1 the first),
 * so that a change can be checked against every one of them, as a registry checks FULL_TRANSITIVE.
 */
final class ReleasedSchemas {

    /** Relative to the schemas module, where Maven runs its tests. */
    static final Path RELEASED = Path.of("released");

    private ReleasedSchemas() {
    }

    /** The released versions of the record, oldest first; empty when it was never released. */
    static List<Schema> of(SchemaCatalog entry) {
        List<Schema> versions = new ArrayList<>();
        for (Path file : files(entry)) {
            try {
                versions.add(new Schema.Parser().parse(Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return versions;
    }

    /** The record's released files, oldest first. */
    static List<Path> files(SchemaCatalog entry) {
        Path dir = directory(entry);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().matches("[1-9][0-9]*\\.avsc"))
                .sorted(Comparator.comparingInt(ReleasedSchemas::number))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    /** Where the record's versions are kept: its simple name. */
    static Path directory(SchemaCatalog entry) {
        return RELEASED.resolve(entry.schema().getName());
    }

    /** The version a released file holds: its name's number. */
    static int number(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(0, name.length() - ".avsc".length()));
    }

    /** The highest version released of any record: the release the schemas are at. */
    static int release() {
        int release = 0;
        for (SchemaCatalog entry : SchemaCatalog.values()) {
            List<Path> files = files(entry);
            if (!files.isEmpty()) {
                release = Math.max(release, number(files.get(files.size() - 1)));
            }
        }
        return release;
    }
}
