package io.wirefeed.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import io.wirefeed.schema.SourceFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mutation campaign on every parser: each well-formed fixture, truncated, with bytes flipped, inserted or
 * replaced, with invalid UTF-8, a huge field, deep nesting, an external entity or an entity bomb spliced in, read
 * with its format detected and with every format forced. The only outcomes allowed are dispatches or an
 * {@link InvalidDispatchException} with a reason: no other exception, no hang, no memory blow-up (the test JVM's
 * heap is the default; a parse that buffered the expansion of an entity bomb would exhaust it). Seeded: a failure
 * names the seed that reproduces it.
 */
class ParserMutationIT {

    private static final int MUTANTS_PER_FIXTURE = 300;
    private static final Duration PARSE_LIMIT = Duration.ofSeconds(10);
    private static final List<String> FIXTURES = List.of("anpa/ap-writethru.anpa", "feed/atom.xml", "feed/rss2.xml",
        "iptc7901/dpa-two-messages.txt", "newsml/newsitem-canceled.xml", "newsml/newsitem-xinhua.xml",
        "newsml/newsmessage-two-items.xml", "ninjs/batch.ndjson", "ninjs/ninjs1-ap.json", "ninjs/ninjs2-afp.json",
        "text/reuters-update-cp1252.txt", "text/xinhua-tashkent.txt",
        // The probe's variants (issue 15): title blocks, Canadian Press lines, an API envelope, UTF-16.
        "iptc7901/afp-title-block.txt", "anpa/cp-hl-markers.anpa", "ninjs/ap-media-api-envelope.json",
        "text/bernama-utf16le-bom.txt",
        // NewsML 1.x and NITF standing alone (issue 15's third ingest probe)
        "newsml1/afp-nitf.xml", "nitf/reuters-nitf34-doctype.xml");

    private static final String DOCTYPE_XXE = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
    private static final String DOCTYPE_BOMB = "<!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\">"
        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>";

    /** The mutations, each from the fixture's bytes and a random source. */
    private static final List<BiFunction<byte[], SplittableRandom, byte[]>> MUTATIONS = List.of(
        (bytes, random) -> slice(bytes, 0, random.nextInt(bytes.length + 1)),
        (bytes, random) -> flip(bytes, random, 1 + random.nextInt(8)),
        (bytes, random) -> insert(bytes, random.nextInt(bytes.length + 1), randomBytes(random, 1 + random.nextInt(64))),
        (bytes, random) -> randomBytes(random, random.nextInt(4_096)),
        (bytes, random) -> insert(bytes, random.nextInt(bytes.length + 1),
            new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC, (byte) 0xFF}),
        (bytes, random) -> insert(bytes, random.nextInt(bytes.length + 1),
            "x".repeat(1_000_000 + random.nextInt(1_000_000)).getBytes(StandardCharsets.US_ASCII)),
        (bytes, random) -> insert(bytes, random.nextInt(bytes.length + 1),
            ("[{\"a\":<x>".repeat(2_000 + random.nextInt(20_000))).getBytes(StandardCharsets.US_ASCII)),
        (bytes, random) -> afterXmlDeclaration(bytes, DOCTYPE_XXE + "<x>&x;</x>"),
        (bytes, random) -> afterXmlDeclaration(bytes, DOCTYPE_BOMB + "<x>&e;&e;&e;</x>"),
        (bytes, random) -> duplicateSegment(bytes, random));

    static Stream<String> fixtures() {
        return FIXTURES.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void mutantsEndInDispatchesOrAReasonedRefusal(String fixture) throws Exception {
        byte[] original = Fixtures.bytes(fixture);
        ExecutorService parser = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < MUTANTS_PER_FIXTURE; i++) {
                long seed = fixture.hashCode() * 1_000_003L + i;
                SplittableRandom random = new SplittableRandom(seed);
                byte[] mutant = MUTATIONS.get(i % MUTATIONS.size()).apply(original, random);
                SourceFormat forced = i % 3 == 0 ? null
                    : SourceFormat.values()[1 + random.nextInt(SourceFormat.values().length - 1)];
                check(parser, fixture, seed, mutant, forced);
            }
        } finally {
            parser.shutdownNow();
        }
    }

    private static void check(ExecutorService parser, String fixture, long seed, byte[] mutant, SourceFormat forced)
            throws Exception {
        String what = fixture + " mutant of seed " + seed + (forced == null ? "" : " read as " + forced);
        Future<?> parsed = parser.submit(() -> {
            try {
                List<?> dispatches = new WireFormats().parse(new RawDocument(mutant, null, "mutant", Fixtures.RECEIVED),
                    forced);
                assertThat(dispatches).as(what).isNotNull();
            } catch (InvalidDispatchException refused) {
                assertThat(refused.getMessage()).as(what).isNotBlank();
            }
            return null;
        });
        try {
            parsed.get(PARSE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException hang) {
            parsed.cancel(true);
            fail(what + " did not finish within " + PARSE_LIMIT.toSeconds() + " s");
        } catch (ExecutionException failure) {
            throw new AssertionError(what + " failed with " + failure.getCause(), failure.getCause());
        }
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        byte[] slice = new byte[to - from];
        System.arraycopy(bytes, from, slice, 0, slice.length);
        return slice;
    }

    private static byte[] flip(byte[] bytes, SplittableRandom random, int count) {
        byte[] flipped = bytes.clone();
        for (int i = 0; i < count && flipped.length > 0; i++) {
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** The payload right after an XML declaration, or at the start: where a DOCTYPE would go. */
    private static byte[] afterXmlDeclaration(byte[] bytes, String payload) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
        return (text.substring(0, end) + payload + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] duplicateSegment(byte[] bytes, SplittableRandom random) {
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
        byte[] segment = slice(bytes, from, to);
        List<byte[]> copies = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            copies.add(segment);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, to);
        copies.forEach(copy -> out.write(copy, 0, copy.length));
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }
}
