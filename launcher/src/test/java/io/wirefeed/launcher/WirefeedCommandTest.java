package io.wirefeed.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WirefeedCommandTest {

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    /** Each subcommand on a line of its own under "Commands:", with what it does; {@code help} answers for each. */
    @Test
    void helpListsEverySubcommandWithWhatItDoes() {
        assertThat(run("--help")).isZero();
        assertThat(command.out()).startsWith("Usage: wirefeed");
        List<String> listed = command.out().lines().dropWhile(line -> !line.equals("Commands:")).skip(1)
            .filter(line -> line.matches(" {2}\\S.*")).map(String::strip).toList();

        assertThat(listed).extracting(line -> line.split("\\s+", 2)[0])
            .containsExactly("local", "ingest", "enrich", "parse", "enrich-file", "register-schemas", "dead-letters",
                "bench", "bench-sinks", "reprocess", "console",
                "help");
        assertThat(listed).allSatisfy(line -> assertThat(line.split("\\s+", 2)).as(line).hasSize(2));
        assertThat(run("help", "parse")).isZero();
        assertThat(command.out()).contains("Usage: wirefeed parse");
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
