package io.wirefeed.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of the README generated from code (a configuration table, say), between
 * {@code <!-- BEGIN name -->} and {@code <!-- END name -->}. Tests assert it is current; with
 * {@code -Dwirefeed.update-docs=true} they rewrite it instead.
 */
public final class ReadmeSection {

    /** Tests run in a module's directory; the README is at the root. */
    private static final Path README = Path.of("..", "README.md");

    private final String name;

    private ReadmeSection(String name) {
        this.name = name;
    }

    public static ReadmeSection named(String name) {
        return new ReadmeSection(name);
    }

    public void assertCurrent(String generated) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String begin = "<!-- BEGIN " + name + " -->\n";
        String end = "<!-- END " + name + " -->";
        int from = readme.indexOf(begin);
        int to = readme.indexOf(end);
        assertThat(from).as("README marker %s", begin.trim()).isNotNegative();
        assertThat(to).as("README marker %s", end).isGreaterThan(from);
        String current = readme.substring(from + begin.length(), to);
        if (Boolean.getBoolean("wirefeed.update-docs")) {
            Files.writeString(README, readme.substring(0, from + begin.length()) + generated + readme.substring(to),
                StandardCharsets.UTF_8);
            return;
        }
        assertThat(current)
            .as("README section %s is out of date: run mvn -pl <module> test -Dwirefeed.update-docs=true", name)
            .isEqualTo(generated);
    }
}
