package io.wirefeed.service.enrich;

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

class EnrichFileCommandTest {

    private static final String STORY = "Security chiefs of five Central Asian states agreed on Tuesday to hold joint "
        + "counter-terrorism drills near the Afghan border next spring, the Security Council of Uzbekistan said."
        + "\n\nThe exercise will involve about 3,000 troops from Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.";

    private final CommandRun command = new CommandRun();

    private int run(String... args) {
        return command.run(args);
    }

    private static String ninjs(String uri, int version, String pubstatus, String agency, String headline, String body) {
        return "{\"uri\":\"" + uri + "\",\"version\":" + version + ",\"pubstatus\":\"" + pubstatus
            + "\",\"urgency\":3,\"copyrightholder\":\"" + agency + "\",\"headline\":\"" + headline
            + "\",\"body_text\":\"" + body.replace("\n", "\\n") + "\"}\n";
    }

    @Test
    void enrichesInInputOrderKeepingStateAcrossFiles(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("first.ndjson"),
            ninjs("urn:xinhua:1", 1, "usable", "Xinhua", "Central Asian states agree on counter-terrorism drills",
                "TASHKENT, July 7 (Xinhua) -- " + STORY)
            + ninjs("urn:sport:1", 1, "usable", "AP", "Striker a terror for defenders",
                "TASHKENT, July 7 (AP) -- The attacking midfielder was a terror for defenders as the team won the league match."),
            StandardCharsets.UTF_8);
        Path second = Files.writeString(dir.resolve("second.ndjson"),
            ninjs("urn:reuters:7", 1, "usable", "Reuters", "UPDATE 1-Central Asian states agree on counter-terrorism drills",
                "TASHKENT, July 7 (Reuters) - " + STORY + "\n\nThe drills follow a deadly attack on a border post.")
            + ninjs("urn:xinhua:1", 2, "usable", "Xinhua", "Central Asian states agree on counter-terrorism drills",
                "TASHKENT, July 7 (Xinhua) -- " + STORY + " Officials gave no date.")
            + ninjs("urn:xinhua:1", 3, "canceled", "Xinhua", "KILL-Central Asian drills story", "Withdrawn."),
            StandardCharsets.UTF_8);

        int exit = run("enrich-file", first.toString(), second.toString());

        assertThat(exit).as(command.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = command.out().lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertThat(lines).extracting(l -> l.get("dedupe").get("verdict").asText())
            .containsExactly("UNIQUE", "UNIQUE", "NEAR_DUPLICATE", "UPDATE", "KILL");
        assertThat(lines).extracting(l -> l.get("story").asText())
            .containsExactly("urn:xinhua:1", "urn:sport:1", "urn:xinhua:1", "urn:xinhua:1", "urn:xinhua:1");
        JsonNode drills = lines.get(0);
        assertThat(drills.get("language").asText()).isEqualTo("en");
        assertThat(drills.get("dateline").get("place").asText()).isEqualTo("TASHKENT");
        assertThat(drills.get("topics")).extracting(t -> t.get("code").asText()).contains("medtop:20000103");
        assertThat(drills.get("entities")).extracting(e -> e.get("name").asText())
            .contains("Tashkent", "Uzbekistan", "Kazakhstan", "Security Council of Uzbekistan", "Xinhua News Agency");
        JsonNode sport = lines.get(1);
        assertThat(sport.get("topics")).extracting(t -> t.get("code").asText()).contains("medtop:15000000")
            .doesNotContain("medtop:20000053", "medtop:20000103");
        assertThat(lines.get(2).get("dedupe").get("of").asText()).isEqualTo("urn:xinhua:1");
        assertThat(lines.get(2).get("signals").get(0).asText()).isEqualTo("UPDATE");
    }

    @Test
    void watchlistEntriesAreTaggedWithTheirIds(@TempDir Path dir) throws Exception {
        Path watchlist = Files.writeString(dir.resolve("watch.txt"), "entity PERSON Ruslan Kadyrov\n"
            + "id wikidata:Q999999\nalias Kadyrov\nalert\n");
        Path dispatch = Files.writeString(dir.resolve("d.txt"), "OSH, July 7 (Kabar) -- Kadyrov visited the bazaar.");

        assertThat(run("enrich-file", "--watchlist", watchlist.toString(), dispatch.toString())).isZero();
        assertThat(command.out()).contains("\"name\":\"Ruslan Kadyrov\",\"id\":\"wikidata:Q999999\"");
    }

    @Test
    void extraRulesAreReadAndBadOnesRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("extra.rules"), "rule rail\n topic medtop:04000000\n weight 0.9\n"
            + " any rail link\nend\n");
        Path bad = Files.writeString(dir.resolve("bad.rules"), "rule x\n topic medtop:04000000\n any y\n");
        Path dispatch = Files.writeString(dir.resolve("d.txt"), "ALMATY, July 7 (Kazinform) -- A rail link opened.");

        assertThat(run("enrich-file", "--rules", rules.toString(), dispatch.toString())).isZero();
        assertThat(command.out()).contains("\"rule\":\"rail\"");
        assertThat(run("enrich-file", "--rules", bad.toString(), dispatch.toString())).isEqualTo(2);
        assertThat(command.err().lines()).singleElement().asString()
            .isEqualTo("Invalid rules: " + bad + ": rule x has no 'end'");
    }
}
