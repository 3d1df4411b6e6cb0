package io.wirefeed.launcher.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalApiKeyTest {

    @Test
    void theKeyIsMadeOnceAndKept(@TempDir Path dir) throws Exception {
        String key = LocalApiKey.in(dir);
        assertThat(key).matches("[A-Za-z0-9_-]{32}");
        assertThat(LocalApiKey.in(dir)).isEqualTo(key);
        assertThat(Files.getPosixFilePermissions(dir.resolve("ingest-api-key")))
            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aKeyFileOthersCouldReadIsMadeOwnerOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ingest-api-key"), "an-older-key\n");
        Files.setPosixFilePermissions(dir.resolve("ingest-api-key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(LocalApiKey.in(dir)).isEqualTo("an-older-key");
        assertThat(Files.getPosixFilePermissions(dir.resolve("ingest-api-key")))
            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    /**
     * The file is owner-only from the moment it exists: a watcher polling the permissions while keys are made
     * never sees one readable by group or others (a file written first and restricted afterwards was, for a
     * moment, readable by everyone the umask let in).
     */
    @Test
    void theKeyFileIsNeverReadableByOthersNotEvenForAMoment(@TempDir Path dir) throws Exception {
        Set<Set<PosixFilePermission>> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Path> current = new AtomicReference<>();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                Path file = current.get();
                if (file != null) {
                    try {
                        seen.add(Files.getPosixFilePermissions(file));
                    } catch (NoSuchFileException notYet) {
                        // not created yet
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        try {
            for (int i = 0; i < 2_000 && seen.size() < 2; i++) {
                Path data = dir.resolve("data-" + i);
                Files.createDirectories(data);
                current.set(data.resolve("ingest-api-key"));
                LocalApiKey.in(data);
            }
        } finally {
            done.set(true);
            watcher.join();
        }
        assertThat(seen).containsOnly(PosixFilePermissions.fromString("rw-------"));
    }
}
