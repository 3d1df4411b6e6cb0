package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.wirefeed.schema.Dispatch;
import org.junit.jupiter.api.Test;

/**
 * Text crafted against the parsers' regular expressions (a megabyte of '<', of spaces, of a line without its
 * end) is parsed in linear time. The timeout is generous: it catches a quadratic regression (minutes or hours at
 * this size), not a slow machine; {@code ParserBenchmark}'s hostile cases measure the time itself.
 */
public class HostileTextTest {

    static final int RUN = 1_000_000;
    private static final Duration GENEROUS = Duration.ofSeconds(10);

    /** Hostile documents by name, shared with the benchmark. */
    public static String hostile(String name) {
        return switch (name) {
            case "anpa-angle-brackets" -> Fixtures.text("anpa/ap-writethru.anpa")
                .replace("Mongolia's parliament approves new cabinet<", "Mongolia's parliament" + "<".repeat(RUN) + "x")
                .replace("by a vote of 52 to 21.<", "by a vote of" + "=".repeat(RUN) + "x");
            case "text-space-run" -> "Headline of the story\nSecond line" + " ".repeat(RUN) + "x\nThird line\n";
            case "text-dateline-spaces" -> "Headline of the story\nPARIS, July 7 (AFP) --" + " ".repeat(RUN)
                + "x\nMore.\n";
            case "iptc-headline-spaces" -> Fixtures.text("iptc7901/dpa-two-messages.txt")
                .replace("Germany offers Uzbekistan help with border security =",
                    "Germany offers" + " ".repeat(RUN) + "help =x");
            case "text-marker-run" -> "UPDATE 1-".repeat(RUN / 9) + "Headline of the story\n\nPARIS, July 7 (AFP) -- "
                + "Text.\n";
            case "text-capitals-alone" -> "Headline of the story\n\n" + "A'".repeat(RUN / 2) + " BC DE\n\nText.\n";
            case "text-slashed-agency" -> "Ulaanbaatar /" + "MONTSAME ".repeat(RUN / 9) + "/. Text.\n\nMore.\n";
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static List<Dispatch> parse(String name) {
        RawDocument document = new RawDocument(hostile(name).getBytes(StandardCharsets.UTF_8), null, "test",
            Fixtures.RECEIVED);
        return assertTimeoutPreemptively(GENEROUS, () -> new WireFormats().parse(document, null), name);
    }

    @Test
    void anpaLinesOfAngleBracketsAndEqualsSigns() {
        assertThat(parse("anpa-angle-brackets")).singleElement()
            .satisfies(d -> assertThat(d.getHeadline()).startsWith("Mongolia's parliament<<<").endsWith("x"));
    }

    @Test
    void plainTextWithALongRunOfSpaces() {
        assertThat(parse("text-space-run")).singleElement()
            .satisfies(d -> assertThat(d.getBody()).contains("Second line x"));
    }

    @Test
    void aDatelineFollowedByALongRunOfSpaces() {
        assertThat(parse("text-dateline-spaces")).singleElement()
            .satisfies(d -> assertThat(d.getDateline().getText()).isEqualTo("PARIS, July 7 (AFP)"));
    }

    /**
     * Found by the hostile-input campaign: each marker taken off the headline copied the rest of it. Now the first
     * ten are read as markers, and the rest is left as text.
     */
    @Test
    void aHeadlineOfAHundredThousandMarkers() {
        assertThat(parse("text-marker-run")).singleElement().satisfies(d -> {
            assertThat(d.getHeadline()).startsWith("UPDATE 1-UPDATE 1-").endsWith("Headline of the story")
                .hasSize((RUN / 9 - HeadlineSignals.MAX_MARKERS) * 9 + "Headline of the story".length());
            assertThat(d.getVersion()).isEqualTo(2);
        });
    }

    @Test
    void anIptcHeadlineWithALongRunOfSpaces() {
        assertThat(parse("iptc-headline-spaces")).hasSize(2);
    }

    /** A second paragraph of capitals, the shape of a town alone ("ISTANBUL"), a megabyte long. */
    @Test
    void aSecondParagraphOfAMegabyteOfCapitals() {
        assertThat(parse("text-capitals-alone")).singleElement()
            .satisfies(d -> assertThat(d.getDateline()).isNull());
    }

    /** An opening like "Ulaanbaatar /MONTSAME/." with a megabyte of slashes. */
    @Test
    void aDatelineOfAMegabyteOfSlashes() {
        assertThat(parse("text-slashed-agency")).singleElement()
            .satisfies(d -> assertThat(d.getDateline()).isNull());
    }
}
