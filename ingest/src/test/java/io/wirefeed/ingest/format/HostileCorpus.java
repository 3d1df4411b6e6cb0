package io.wirefeed.ingest.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import net.jqwik.api.RandomGenerator;

/**
 * The corpus of the hostile-input campaign (issue 16): documents of the six wire formats made from the fixtures by
 * {@link WireVariantProperties}' jqwik generators (layouts, field variants, truncation) and by hostile mutations:
 * control characters, bit flips, binary noise, invalid UTF-8, bodies of up to a megabyte of what entity recognition
 * and the parsers' patterns find hardest, lines without end, documents over the size limit, deep XML and JSON,
 * entity expansion and external entities, hundreds of dispatches in one document, and runs of headline markers,
 * datelines and page furniture. Deterministic: document {@code i} of a seed is always the same, so that a failure
 * names what reproduces it.
 */
public final class HostileCorpus {

    /** One document: its index, the fixture it was made from, what was done to it, and its bytes. */
    public record Document(int index, String fixture, String mutation, byte[] bytes) {

        /** The format of the fixture it was made from (the folder name: anpa, feed, iptc7901, newsml, ninjs, text). */
        public String format() {
            return fixture.substring(0, fixture.indexOf('/'));
        }

        @Override
        public String toString() {
            return "#" + index + " " + mutation + " of " + fixture + " (" + bytes.length + " bytes)";
        }
    }

    /** The fixtures by format, and a phrase of each one's story text where a long run is put. */
    private static final Map<String, List<String>> FIXTURES = Map.of(
        "anpa", List.of("anpa/ap-writethru.anpa"),
        "feed", List.of("feed/atom.xml", "feed/rss2.xml"),
        "iptc7901", List.of("iptc7901/dpa-two-messages.txt"),
        "newsml", List.of("newsml/newsitem-canceled.xml", "newsml/newsitem-xinhua.xml",
            "newsml/newsmessage-two-items.xml"),
        "ninjs", List.of("ninjs/batch.ndjson", "ninjs/ninjs1-ap.json", "ninjs/ninjs2-afp.json"),
        "text", List.of("text/reuters-update-cp1252.txt", "text/xinhua-tashkent.txt"),
        "newsml1", List.of("newsml1/afp-nitf.xml"),
        "nitf", List.of("nitf/reuters-nitf34-doctype.xml"));
    private static final List<String> FORMATS = List.of("anpa", "feed", "iptc7901", "newsml", "ninjs", "text", "newsml1",
        "nitf");
    private static final Map<String, String> STORY_PHRASE = Map.ofEntries(
        Map.entry("anpa/ap-writethru.anpa", "approved a new cabinet"),
        Map.entry("feed/atom.xml", "summit will be held"),
        Map.entry("feed/rss2.xml", "will host a CSTO"),
        Map.entry("iptc7901/dpa-two-messages.txt", "will help Uzbekistan"),
        Map.entry("newsml/newsitem-canceled.xml", "This story has been withdrawn"),
        Map.entry("newsml/newsitem-xinhua.xml", "agreed on Tuesday"),
        Map.entry("newsml/newsmessage-two-items.xml", "kept its policy rate"),
        Map.entry("ninjs/batch.ndjson", "passed the 2027 budget"),
        Map.entry("ninjs/ninjs1-ap.json", "exchanged fire on Tuesday"),
        Map.entry("ninjs/ninjs2-afp.json", "Les chefs de la"),
        Map.entry("text/reuters-update-cp1252.txt", "approved the 2027 budget"),
        Map.entry("text/xinhua-tashkent.txt", "the Uzbek transport ministry"),
        Map.entry("newsml1/afp-nitf.xml", "opened an international tender"),
        Map.entry("nitf/reuters-nitf34-doctype.xml", "cut its benchmark lending rate"));
    /** What a long run of text is made of: names, acronyms and capitals for the tagger, runs for the patterns. */
    private static final List<String> RUNS = List.of("Tashkent and Samarkand. ", "(SCO) (UN) (NATO) (CSTO) ",
        "Zhang Wei Met Ahmed Karimov Of The United Nations ", "the talks went on ", " ", "<", "=", "x",
        "TASHKENT SAMARKAND BISHKEK ", "Mr Karimov said. Karimov said. ");
    private static final String BOMB = "<!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>";
    private static final List<String> DOCTYPES = List.of(BOMB,
        "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE a [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %p;]>",
        "<!DOCTYPE newsItem SYSTEM \"http://127.0.0.1:9/newsml.dtd\">");
    private static final List<String> HOSTILE_TEXTS = List.of("anpa-angle-brackets", "text-space-run",
        "text-dateline-spaces", "iptc-headline-spaces", "text-capitals-alone", "text-slashed-agency");
    /** Control characters lines carry: C0 but tab and line ends, DEL, and C1 (as UTF-8). */
    private static final String CONTROLS = "\u0000\u0001\u0002\u0003\u0004\u0007\u0008\u000b\u000c\u000e\u0016"
        + "\u001b\u001f\u007f\u0085\u009b";

    /** The documents' share of each mutation, per thousand. */
    private static final Map<Mutation, Integer> WEIGHTS = Map.ofEntries(Map.entry(Mutation.AS_IS, 100),
        Map.entry(Mutation.LAYOUT, 140), Map.entry(Mutation.FIELD_VARIANT, 80), Map.entry(Mutation.TRUNCATED, 120),
        Map.entry(Mutation.CONTROL_CHARACTERS, 120), Map.entry(Mutation.BITS_FLIPPED, 80),
        Map.entry(Mutation.BINARY_NOISE, 60), Map.entry(Mutation.INVALID_UTF8, 45), Map.entry(Mutation.HUGE_BODY, 40),
        Map.entry(Mutation.PATTERN_BREAKER, 5), Map.entry(Mutation.OVER_THE_LIMIT, 10),
        Map.entry(Mutation.DEEP_NESTING, 50), Map.entry(Mutation.ENTITY_EXPANSION, 50),
        Map.entry(Mutation.MANY_DISPATCHES, 10), Map.entry(Mutation.MARKER_RUN, 30),
        Map.entry(Mutation.FURNITURE_RUN, 30), Map.entry(Mutation.DATELINE_RUN, 30));

    /** What can be done to a fixture. */
    enum Mutation {
        AS_IS, LAYOUT, FIELD_VARIANT, TRUNCATED, CONTROL_CHARACTERS, BITS_FLIPPED, BINARY_NOISE, INVALID_UTF8,
        HUGE_BODY, PATTERN_BREAKER, OVER_THE_LIMIT, DEEP_NESTING, ENTITY_EXPANSION, MANY_DISPATCHES, MARKER_RUN,
        FURNITURE_RUN, DATELINE_RUN
    }

    private final long seed;
    private final int maxBytes;
    private final RandomGenerator<WireVariantProperties.Layout> layouts;
    private final RandomGenerator<WireVariantProperties.FieldVariant> fieldVariants;

    /**
     * @param seed     the corpus's seed
     * @param maxBytes the largest document the inputs accept: long runs stay under it, and the documents meant
     *                 to be over it are over it
     */
    public HostileCorpus(long seed, int maxBytes) {
        this.seed = seed;
        this.maxBytes = maxBytes;
        WireVariantProperties variants = new WireVariantProperties();
        this.layouts = variants.layouts().generator(1_000);
        this.fieldVariants = variants.fieldVariants().generator(1_000);
    }

    public Stream<Document> documents(int count) {
        return IntStream.range(0, count).mapToObj(this::document);
    }

    public Document document(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        String format = FORMATS.get(index % FORMATS.size());
        List<String> fixtures = FIXTURES.get(format);
        String fixture = fixtures.get(random.nextInt(fixtures.size()));
        Mutation mutation = pick(random);
        return new Document(index, fixture, mutation.name().toLowerCase(Locale.ROOT).replace('_', '-'),
            mutate(mutation, fixture, random));
    }

    private static Mutation pick(Random random) {
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int at = random.nextInt(total);
        for (Mutation mutation : Mutation.values()) {
            at -= WEIGHTS.get(mutation);
            if (at < 0) {
                return mutation;
            }
        }
        throw new IllegalStateException("weights");
    }

    private byte[] mutate(Mutation mutation, String fixture, Random random) {
        String text = Fixtures.text(fixture);
        return switch (mutation) {
            case AS_IS -> Fixtures.bytes(fixture);
            case LAYOUT -> utf8(laidOut(fixture, text, random));
            case FIELD_VARIANT -> fieldVariant(random);
            case TRUNCATED -> truncated(utf8(laidOut(fixture, text, random)), random);
            case CONTROL_CHARACTERS -> utf8(sprinkled(text, random));
            case BITS_FLIPPED -> flipped(Fixtures.bytes(fixture), random);
            case BINARY_NOISE -> noise(Fixtures.bytes(fixture), random);
            case INVALID_UTF8 -> invalidUtf8(Fixtures.bytes(fixture), random);
            case HUGE_BODY -> utf8(inStory(fixture, text, run(random, maxBytes - 8_192)));
            case PATTERN_BREAKER -> utf8(HostileTextTest.hostile(HOSTILE_TEXTS.get(
                random.nextInt(HOSTILE_TEXTS.size()))));
            case OVER_THE_LIMIT -> utf8(inStory(fixture, text, "x".repeat(maxBytes + 1 + random.nextInt(maxBytes))));
            case DEEP_NESTING -> utf8(nested(fixture, text, 1_000 + random.nextInt(30_000)));
            case ENTITY_EXPANSION -> utf8(withDoctype(text, DOCTYPES.get(random.nextInt(DOCTYPES.size()))));
            case MANY_DISPATCHES -> utf8(many(fixture, text, 20 + random.nextInt(80)));
            case MARKER_RUN -> utf8(inHeadline(fixture, text, "UPDATE 1-".repeat(length(random, maxBytes) / 9)));
            case FURNITURE_RUN -> utf8(inStory(fixture, text, "\n\nShare | Print\n\nDay|Week".repeat(
                length(random, maxBytes) / 27)));
            case DATELINE_RUN -> utf8(inHeadline(fixture, text, "PARIS, July 7 (AFP) -- ".repeat(
                length(random, maxBytes) / 23)));
        };
    }

    /** The text formats through one of the variant corpus's layouts; XML and JSON with other line ends. */
    private String laidOut(String fixture, String text, Random random) {
        if (fixture.startsWith("anpa/") || fixture.startsWith("iptc7901/") || fixture.startsWith("text/")) {
            return layouts.next(random).value().apply(text);
        }
        return text.replace("\n", List.of("\r\n", "\r", "\n").get(random.nextInt(3)));
    }

    private byte[] fieldVariant(Random random) {
        WireVariantProperties.FieldVariant variant = fieldVariants.next(random).value();
        return utf8(layouts.next(random).value().apply(variant.change().apply(Fixtures.text(variant.fixture()))));
    }

    private static byte[] truncated(byte[] bytes, Random random) {
        byte[] cut = new byte[random.nextInt(bytes.length + 1)];
        System.arraycopy(bytes, 0, cut, 0, cut.length);
        return cut;
    }

    private static String sprinkled(String text, Random random) {
        StringBuilder noisy = new StringBuilder(text);
        for (int i = 0, n = 1 + random.nextInt(50); i < n; i++) {
            noisy.insert(random.nextInt(noisy.length() + 1), CONTROLS.charAt(random.nextInt(CONTROLS.length())));
        }
        return noisy.toString();
    }

    private static byte[] flipped(byte[] bytes, Random random) {
        byte[] flipped = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(16); i < n; i++) {
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
    }

    /** Random bytes behind the fixture's first bytes, so that detection sends them to its format's parser. */
    private static byte[] noise(byte[] fixture, Random random) {
        ByteArrayOutputStream noisy = new ByteArrayOutputStream();
        noisy.write(fixture, 0, Math.min(fixture.length, random.nextInt(64)));
        byte[] noise = new byte[random.nextInt(65_536)];
        random.nextBytes(noise);
        noisy.write(noise, 0, noise.length);
        return noisy.toByteArray();
    }

    private static byte[] invalidUtf8(byte[] fixture, Random random) {
        byte[][] broken = {{(byte) 0xC3, 0x28}, {(byte) 0xF0, 0x28, (byte) 0x8C, (byte) 0xBC}, {(byte) 0xFF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFE, (byte) 0xFF, 0x00, 0x41},
            {(byte) 0xC0, (byte) 0xAF}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = random.nextInt(fixture.length + 1);
        out.write(fixture, 0, at);
        for (int i = 0, n = 1 + random.nextInt(20); i < n; i++) {
            byte[] sequence = broken[random.nextInt(broken.length)];
            out.write(sequence, 0, sequence.length);
        }
        out.write(fixture, at, fixture.length - at);
        return out.toByteArray();
    }

    /** A run of one of {@link #RUNS}, {@link #length} long. */
    private static String run(Random random, int limit) {
        String unit = RUNS.get(random.nextInt(RUNS.size()));
        int length = length(random, limit);
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    /** How long a run is: 10,000 to 200,000 characters, and one in ten up to {@code limit}. */
    private static int length(Random random, int limit) {
        int longest = random.nextInt(10) == 0 ? limit : 200_000;
        return 10_000 + random.nextInt(longest - 10_000);
    }

    /** The text with something put in its story text, after a phrase of it. */
    private static String inStory(String fixture, String text, String inserted) {
        String phrase = STORY_PHRASE.get(fixture);
        int at = text.indexOf(phrase) + phrase.length();
        return text.substring(0, at) + " " + inserted + " " + text.substring(at);
    }

    /** The text with something put before its headline: the first line of text, the headline element or field. */
    private static String inHeadline(String fixture, String text, String inserted) {
        if (fixture.startsWith("newsml/") || fixture.startsWith("feed/")) {
            String tag = fixture.startsWith("newsml/") ? "<headline>" : "<title>";
            return text.replaceFirst(tag, tag + inserted);
        }
        if (fixture.startsWith("ninjs/")) {
            return text.replaceFirst("\"(headline|value)\": ?\"", "\"$1\": \"" + inserted);
        }
        if (fixture.startsWith("iptc7901/")) {
            return text.replaceFirst("\r\nGermany offers", "\r\n" + inserted + "Germany offers");
        }
        if (fixture.startsWith("anpa/")) {
            return text.replace("^Mongolia's parliament", "^" + inserted + "Mongolia's parliament");
        }
        return inserted + text;
    }

    /** Elements, arrays or brackets nested {@code depth} deep in the story. */
    private static String nested(String fixture, String text, int depth) {
        if (fixture.startsWith("newsml/") || fixture.startsWith("feed/")) {
            int at = text.indexOf('>', text.indexOf("<", text.indexOf("?>") + 2)) + 1;
            return text.substring(0, at) + "<x>".repeat(depth) + "</x>".repeat(depth) + text.substring(at);
        }
        if (fixture.startsWith("ninjs/")) {
            int at = text.indexOf('{') + 1;
            return text.substring(0, at) + "\"deep\": " + "[".repeat(depth) + "]".repeat(depth) + ", "
                + text.substring(at);
        }
        return inStory(fixture, text, "(".repeat(depth) + ")".repeat(depth));
    }

    /** A DOCTYPE where XML would have one (an XML fixture's prolog, or a document made XML by it). */
    private static String withDoctype(String text, String doctype) {
        if (text.startsWith("<?xml")) {
            int end = text.indexOf("?>") + 2;
            return text.substring(0, end) + doctype + text.substring(end);
        }
        return doctype + "<newsItem guid=\"urn:x\"><contentMeta><headline>&e;&x;</headline></contentMeta></newsItem>"
            + text;
    }

    /** The fixture's dispatches many times over in one document, each under an id of its own where it has one. */
    private static String many(String fixture, String text, int copies) {
        StringBuilder many = new StringBuilder();
        if (fixture.startsWith("ninjs/")) {
            for (int i = 0; i < copies; i++) {
                many.append("{\"uri\": \"urn:campaign:").append(i).append("\", \"headline\": \"Story ").append(i)
                    .append("\", \"body_text\": \"BERLIN, July 7 (dpa) - The Bundestag met for the ").append(i)
                    .append("th time.\"}\n");
            }
            return many.toString();
        }
        if (fixture.startsWith("newsml/")) {
            return repeated(Fixtures.text("newsml/newsmessage-two-items.xml"), "<itemSet>", "</itemSet>", copies,
                "newsml_L8N3XY00", "newsml_copy%d_");
        }
        if (fixture.startsWith("feed/")) {
            String item = fixture.equals("feed/atom.xml") ? "entry" : "item";
            return repeated(text, "<" + item + ">", "</" + item + ">", copies, "kabar-2026-07-07-", "kabar-copy%d-");
        }
        return String.valueOf(text).repeat(copies);
    }

    /** The text with what follows {@code open} up to {@code close} there {@code copies} times, ids made distinct. */
    private static String repeated(String text, String open, String close, int copies, String id, String newId) {
        int from = text.indexOf(open);
        int to = text.indexOf(close, from) + close.length();
        String part = text.substring(from, to);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < copies; i++) {
            many.append(part.replace(id, String.format(Locale.ROOT, newId, i)));
        }
        return text.substring(0, from) + many + text.substring(to);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
