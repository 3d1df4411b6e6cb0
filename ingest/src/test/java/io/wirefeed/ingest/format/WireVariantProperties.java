package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Signal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The variant corpus of the text-based wire formats (ANPA-1312, IPTC 7901, dateline text), generated from the
 * fixtures: the same dispatches with other line ends, reflowed lines, tabs and control-character noise between
 * fields, in the field layouts agencies use (trailer times, split headers, agency prefixes, lines left out), and
 * truncated. Whatever still has text is read, with what it says unchanged by its layout; whatever has none is
 * refused with a reason. Tries are bounded so that the corpus runs in the normal suite in a few seconds.
 */
class WireVariantProperties {

    private static final String ANPA = "anpa/ap-writethru.anpa";
    private static final String IPTC = "iptc7901/dpa-two-messages.txt";
    private static final String REUTERS = "text/reuters-update-cp1252.txt";
    private static final String XINHUA = "text/xinhua-tashkent.txt";
    private static final List<String> FIXTURES = List.of(ANPA, IPTC, REUTERS, XINHUA);
    /** Control characters that transmission lines pad with and that land between fields. */
    private static final char[] NOISE = {0x00, 0x07, 0x11, 0x12, 0x13, 0x14, 0x16, 0x1B, 0x7F};

    /** How a document is laid out: line ends, wrap width, tabs, noise. Reading must not depend on it. */
    record Layout(String lineEnd, int width, boolean tabs, boolean noise, long seed) {

        String apply(String document) {
            Random random = new Random(seed);
            List<String> lines = new ArrayList<>();
            for (String line : document.split("\\r\\n|\\r|\\n", -1)) {
                lines.addAll(reflow(line));
            }
            StringBuilder laidOut = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (tabs) {
                    line = line.replace(" ", random.nextInt(3) == 0 ? "\t" : " ");
                }
                if (noise && random.nextInt(3) == 0) {
                    line = noise(random) + line;
                }
                laidOut.append(line);
                if (i < lines.size() - 1) {
                    laidOut.append(noise && random.nextInt(4) == 0 ? noise(random) : "").append(lineEnd);
                }
            }
            return laidOut.toString();
        }

        /** A long line of story text wrapped at the width (header, {@code ^} and framing lines are left alone). */
        private List<String> reflow(String line) {
            if (line.split(" ").length < 8 || line.startsWith("^") || line.chars().anyMatch(c -> c < 0x09)
                    || line.endsWith("=")) {
                return List.of(line);
            }
            List<String> wrapped = new ArrayList<>();
            String rest = line;
            while (rest.length() > width && rest.lastIndexOf(' ', width) > 0) {
                int cut = rest.lastIndexOf(' ', width);
                wrapped.add(rest.substring(0, cut));
                rest = rest.substring(cut + 1);
            }
            wrapped.add(rest);
            return wrapped;
        }

        private static String noise(Random random) {
            StringBuilder noise = new StringBuilder();
            for (int i = 0; i <= random.nextInt(3); i++) {
                noise.append(NOISE[random.nextInt(NOISE.length)]);
            }
            return noise.toString();
        }
    }

    /** A change of one field to a layout some agency uses, and what must be read from it all the same. */
    record FieldVariant(String fixture, String what, UnaryOperator<String> change, Signal signal) {

        @Override
        public String toString() {
            return fixture + ": " + what;
        }
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(FIXTURES);
    }

    @Provide
    Arbitrary<Layout> layouts() {
        return Combinators.combine(Arbitraries.of("\n", "\r\n", "\r"), Arbitraries.integers().between(30, 120),
            Arbitraries.of(false, true), Arbitraries.of(false, true), Arbitraries.longs()).as(Layout::new);
    }

    @Provide
    Arbitrary<FieldVariant> fieldVariants() {
        List<FieldVariant> variants = new ArrayList<>();
        for (String trailer : List.of("07.07.2026 15:30 GMT", "07-07-26 1530 GMT", "Jul 07 15:30", "07 Jul 2026 15:30",
                "dpa 071530 Jul 26", "071530 Jul 26\n\n\n", "7/7/2026 17:30 CEST", "07.07.26 1530 UTC")) {
            variants.add(new FieldVariant(IPTC, "trailer " + trailer.strip(), text -> text.replace("071530 Jul 26",
                trailer), null));
        }
        variants.add(new FieldVariant(IPTC, "no keyword lines", text -> text.replaceAll("(?m)^\\u0002[^\\r\\n]*/\\r\\n",
            "\u0002"), null));
        variants.add(new FieldVariant(IPTC, "headlines without ' ='", text -> text.replace(" =\r\n", "\r\n"), null));
        variants.add(new FieldVariant(ANPA, "selector and sequence on their own line",
            text -> text.replace("a0734  r i ", "a0734\r\nr i "), null));
        variants.add(new FieldVariant(ANPA, "header padded with control characters",
            text -> text.replace("\u0001a0734  r i ", "\u0001\u0016\u0000a0734\u0013  r\u0011 i\u007f "), null));
        variants.add(new FieldVariant(ANPA, "no SYN before SOH", text -> text.replace("\u0016\u0016\u0001", "\u0001"),
            null));
        variants.add(new FieldVariant(ANPA, "control characters lost on the way",
            text -> text.replaceAll("[\\x01-\\x04\\x16]", ""), null));
        for (String prefix : List.of("UPDATE 2-", "RPT-", "CORRECTED-", "WRAPUP 1-", "FLASH ")) {
            variants.add(new FieldVariant(XINHUA, "agency prefix " + prefix.strip(), text -> prefix + text,
                HeadlineSignals.parse(prefix + "x").signals().get(0)));
        }
        variants.add(new FieldVariant(REUTERS, "byline", text -> text.replaceFirst("\r\n\r\n",
            "\r\n\r\nBy Batbayar Enkhbold\r\n\r\n"), null));
        variants.add(new FieldVariant(XINHUA, "page furniture", text -> text + "\nShare | Print\n\nDay|Week\n", null));
        return Arbitraries.of(variants);
    }

    @Property(tries = 250)
    void aLayoutDoesNotChangeWhatIsRead(@ForAll("fixtures") String fixture, @ForAll("layouts") Layout layout)
            throws InvalidDispatchException {
        List<Dispatch> expected = Fixtures.parse(fixture);
        List<Dispatch> read = parse(layout.apply(Fixtures.text(fixture)));

        assertSameStories(read, expected);
    }

    @Property(tries = 250)
    void fieldVariantsAreReadAsTheFixtureIs(@ForAll("fieldVariants") FieldVariant variant,
            @ForAll("layouts") Layout layout) throws InvalidDispatchException {
        List<Dispatch> expected = Fixtures.parse(variant.fixture());
        List<Dispatch> read = parse(layout.apply(variant.change().apply(Fixtures.text(variant.fixture()))));

        assertSameStories(read, expected);
        if (variant.signal() != null) {
            assertThat(read.get(0).getSignals()).as(variant.what()).contains(variant.signal());
        }
    }

    @Property(tries = 250)
    void aTruncatedVariantIsReadOrRefusedWithAReason(@ForAll("fixtures") String fixture,
            @ForAll("layouts") Layout layout, @ForAll @IntRange(min = 0, max = 1_000) int permille) {
        String document = layout.apply(Fixtures.text(fixture));
        String truncated = document.substring(0, document.length() * permille / 1_000);
        try {
            for (Dispatch dispatch : parse(truncated)) {
                assertThat(dispatch.getHeadline() + dispatch.getBody()).as("text of %s", dispatch).isNotBlank();
            }
        } catch (InvalidDispatchException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 100)
    void aVariantWithoutTextIsRefusedWithAReason(@ForAll("textless") String textless, @ForAll("layouts") Layout layout) {
        assertThatThrownBy(() -> parse(layout.apply(textless)))
            .isInstanceOf(InvalidDispatchException.class)
            .satisfies(refused -> assertThat(refused.getMessage()).isNotBlank());
    }

    /** The fixtures with their story text taken out: framing, headers, keyword lines, notes and trailers left. */
    @Provide
    Arbitrary<String> textless() {
        String anpa = Fixtures.text(ANPA);
        String iptc = Fixtures.text(IPTC);
        return Arbitraries.of(
            anpa.substring(0, anpa.indexOf("^Mongolia's")) + anpa.substring(anpa.indexOf("^Eds:"),
                anpa.indexOf("^By")) + anpa.substring(anpa.indexOf('\u0003')),
            anpa.substring(0, anpa.indexOf('\u0002') + 1) + anpa.substring(anpa.indexOf('\u0003')),
            iptc.replaceAll("(?s)(/\\r\\n).*?\\u0003", "$1\u0003"),
            iptc.replaceAll("(?s)\\u0002.*?\\u0003", "\u0002\r\n\u0003"),
            "", "\r\n\r\n", " \t \r\n", "\u0000\u0007\u0016\r\n\u007f");
    }

    private static List<Dispatch> parse(String document) throws InvalidDispatchException {
        return new WireFormats().parse(new RawDocument(document.getBytes(StandardCharsets.UTF_8), null, "variant",
            Fixtures.RECEIVED), null);
    }

    /** The same dispatches as the fixture's: headline, body words, slug, agency, dateline, time and signals. */
    private static void assertSameStories(List<Dispatch> read, List<Dispatch> expected) {
        assertThat(read).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Dispatch actual = read.get(i);
            Dispatch wanted = expected.get(i);
            assertThat(actual.getFormat()).isEqualTo(wanted.getFormat());
            assertThat(actual.getHeadline()).isEqualTo(wanted.getHeadline());
            assertThat(words(actual.getBody())).isEqualTo(words(wanted.getBody()));
            assertThat(actual.getAgency()).isEqualTo(wanted.getAgency());
            assertThat(actual.getDateline()).isEqualTo(wanted.getDateline());
            assertThat(actual.getVersionCreated()).isEqualTo(wanted.getVersionCreated());
            assertThat(actual.getSignals()).containsAll(wanted.getSignals());
        }
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
