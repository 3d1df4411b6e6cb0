package io.wirefeed.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of a page under {@code docs/} generated from code (a configuration table, say), between
 * {@code <!-- BEGIN name -->} and {@code <!-- END name -->}. Tests assert it is current; with
 * {@code -Dwirefeed.update-docs=true} they rewrite it instead.
 */
public final class DocsSection {

    /** Tests run in a module's directory; {@code docs/} is at the root. */
    private static final Path DOCS = Path.of("..", "docs");

    private final Path page;
    private final String name;

    private DocsSection(Path page, String name) {
        this.page = page;
        this.name = name;
    }

    /** The section {@code name} of {@code docs/<page>}, {@code configuration.md} say. */
    public static DocsSection of(String page, String name) {
        return new DocsSection(DOCS.resolve(page), name);
    }

    public void assertCurrent(String generated) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String begin = "<!-- BEGIN " + name + " -->\n";
        String end = "<!-- END " + name + " -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        assertThat(from).as("%s marker %s", page, begin.trim()).isNotNegative();
        assertThat(to).as("%s marker %s", page, end).isGreaterThan(from);
        String current = text.substring(from + begin.length(), to);
        if (Boolean.getBoolean("wirefeed.update-docs")) {
            Files.writeString(page, text.substring(0, from + begin.length()) + generated + text.substring(to),
                StandardCharsets.UTF_8);
            return;
        }
        assertThat(current)
            .as("%s section %s is out of date: run mvn -pl <module> -am test -Dtest=<this test>"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dwirefeed.update-docs=true", page, name)
            .isEqualTo(generated);
    }
}
