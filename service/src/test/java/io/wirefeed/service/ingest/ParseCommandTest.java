package io.wirefeed.service.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.wirefeed.service.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    @Test
    void printsEachDispatchAsOneJsonLine(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("tashkent.txt"), "UPDATE 2-Uzbekistan opens rail link\n\n"
            + "TASHKENT, July 7 (Xinhua) -- Uzbekistan opened a railway link on Tuesday.\n", StandardCharsets.UTF_8);
        Path ndjson = Files.writeString(dir.resolve("batch.ndjson"),
            "{\"uri\":\"urn:a\",\"version\":\"2\",\"pubstatus\":\"canceled\",\"urgency\":3,"
                + "\"headline\":\"A\",\"body_text\":\"a\"}\n"
                + "{\"uri\":\"urn:b\",\"language\":\"en\",\"headline\":\"B\",\"body_text\":\"b\"}\n", StandardCharsets.UTF_8);

        int exit = run("parse", text.toString(), ndjson.toString());

        assertThat(exit).as(command.err()).isZero();
        List<String> lines = command.out().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("format").asText()).isEqualTo("DATELINE_TEXT");
        assertThat(first.get("headline").asText()).isEqualTo("Uzbekistan opens rail link");
        assertThat(first.get("signals").get(0).asText()).isEqualTo("UPDATE");
        assertThat(first.get("dateline").get("place").asText()).isEqualTo("TASHKENT");
        assertThat(first.get("agency").asText()).isEqualTo("Xinhua");
        assertThat(first.get("id").asText()).startsWith("wf:xinhua:");
        assertThat(first.get("guid").isNull()).isTrue();
        JsonNode killed = json.readTree(lines.get(1));
        assertThat(killed.get("id").asText()).isEqualTo("urn:a");
        assertThat(killed.get("guid").asText()).isEqualTo("urn:a");
        assertThat(killed.get("version").asInt()).isEqualTo(2);
        assertThat(killed.get("pubStatus").asText()).isEqualTo("CANCELED");
        assertThat(killed.get("urgency").asInt()).isEqualTo(3);
        assertThat(killed.get("body").asText()).isEqualTo("a");
        assertThat(json.readTree(lines.get(2)).get("language").asText()).isEqualTo("en");
    }

    @Test
    void badFilesGetOneLineEachAndANonZeroExitWhileGoodOnesArePrinted(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.json"), "{\"uri\":\"urn:g\",\"headline\":\"G\"}");
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'>");
        Path missing = dir.resolve("missing.txt");

        int exit = run("parse", bad.toString(), good.toString(), missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(command.out().lines()).singleElement().asString().contains("\"id\":\"urn:g\"");
        List<String> errors = command.err().lines().toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith(bad + ": Malformed XML at line 1");
        assertThat(errors.get(1)).startsWith(missing + ": cannot read");
        assertThat(command.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aNamedFormatIsUsedInsteadOfDetection(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("t.txt"), "BERLIN, July 7 (dpa) - Text.");

        assertThat(run("parse", "--format", "ninjs", text.toString())).isEqualTo(1);
        assertThat(command.err()).contains("Malformed JSON");
        assertThat(run("parse", "--format", "telex", text.toString())).isEqualTo(2);
    }
}
