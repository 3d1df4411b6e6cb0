package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    @Test
    void eachRunHasADirectoryOfItsOwnThatGoesWithEverythingInIt(@TempDir Path dataDir) throws Exception {
        RunDirectory first = RunDirectory.under(dataDir.resolve("bench"));
        RunDirectory second = RunDirectory.under(dataDir.resolve("bench"));
        assertThat(first.path()).isNotEqualTo(second.path()).startsWith(dataDir.resolve("bench"));
        Files.createDirectories(first.path().resolve("kafka/wirefeed.enriched-0"));
        Files.writeString(first.path().resolve("kafka/wirefeed.enriched-0/00000000000000000000.log"), "records");
        Files.writeString(first.path().resolve("connect.offsets"), "offsets");

        first.remove();

        assertThat(first.path()).doesNotExist();
        assertThat(second.path()).isDirectory();
    }
}
