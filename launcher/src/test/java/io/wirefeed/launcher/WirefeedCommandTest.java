package io.wirefeed.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WirefeedCommandTest {

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    @Test
    void helpListsTheSubcommands() {
        assertThat(run("--help")).isZero();
        assertThat(command.out()).contains("Usage: wirefeed").contains("local").contains("help");
    }

    @Test
    void aServiceWithBadSettingsSaysWhichInOneLine() {
        assertThat(run("ingest")).isEqualTo(2);
        assertThat(command.err().lines()).singleElement().asString()
            .startsWith("Invalid configuration: Missing required configuration \"bootstrap.servers\"");
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(command.err()).contains("Unmatched argument").contains("frobnicate");
    }
}
