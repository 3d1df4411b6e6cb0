package io.wirefeed.launcher.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where one benchmark run keeps its servers' files (broker log, registry, databases, Streams state, Connect
 * offsets): a directory of its own under {@code --data-dir}, removed when the run has succeeded, so that runs
 * neither meet each other's state nor fill the disk (a run writes some hundreds of megabytes). A failed run's
 * directory is left for its logs.
 */
record RunDirectory(Path path) {

    static RunDirectory under(Path dataDir) throws IOException {
        return new RunDirectory(Files.createTempDirectory(Files.createDirectories(dataDir), "run-"));
    }

    /** Removes the directory, once every server of the run has stopped. */
    void remove() throws IOException {
        List<Path> deepestFirst;
        try (Stream<Path> files = Files.walk(path)) {
            deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path file : deepestFirst) {
            Files.deleteIfExists(file);
        }
    }
}
