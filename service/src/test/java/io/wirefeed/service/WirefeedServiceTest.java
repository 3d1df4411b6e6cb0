package io.wirefeed.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The image's command line: what an operator runs in a cluster, and nothing that starts servers or a load test. */
class WirefeedServiceTest {

    private final CommandRun command = new CommandRun();

    @Test
    void helpListsTheClusterCommandsOnly() {
        assertThat(command.run("--help")).isZero();
        assertThat(command.out()).startsWith("Usage: wirefeed");
        List<String> listed = command.out().lines().dropWhile(line -> !line.equals("Commands:")).skip(1)
            .filter(line -> line.matches(" {2}\\S.*")).map(String::strip).toList();

        assertThat(listed).extracting(line -> line.split("\\s+", 2)[0])
            .containsExactly("ingest", "enrich", "parse", "enrich-file", "register-schemas", "dead-letters",
                "reprocess", "console", "help");
        assertThat(listed).allSatisfy(line -> assertThat(line.split("\\s+", 2)).as(line).hasSize(2));
    }

    @Test
    void theToolsAreNotThere() {
        for (String tool : List.of("local", "bench", "bench-sinks")) {
            assertThat(command.run(tool)).as(tool).isEqualTo(2);
            assertThat(command.err()).contains("Unmatched argument").contains(tool);
        }
    }

    @Test
    void aServiceWithBadSettingsSaysWhichInOneLine() {
        assertThat(command.run("enrich")).isEqualTo(2);
        assertThat(command.err().lines()).singleElement().asString()
            .startsWith("Invalid configuration: Missing required configuration \"bootstrap.servers\"");
    }
}
