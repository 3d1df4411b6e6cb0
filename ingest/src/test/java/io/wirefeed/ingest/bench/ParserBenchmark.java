package io.wirefeed.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.ingest.format.HostileTextTest;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.schema.Dispatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Documents parsed per second and thread, per wire format, detection included (as ingest runs it). Each
 * fixture holds one dispatch except IPTC 7901 and RSS (two each). Run with the command in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

    @Param({"newsml/newsitem-xinhua.xml", "ninjs/ninjs1-ap.json", "iptc7901/dpa-two-messages.txt",
        "anpa/ap-writethru.anpa", "feed/rss2.xml", "text/xinhua-tashkent.txt"})
    public String fixture;

    private RawDocument document;
    private final WireFormats formats = new WireFormats();

    @Setup
    public void load() {
        document = Fixtures.document(fixture);
    }

    @Benchmark
    public List<Dispatch> parse() throws InvalidDispatchException {
        return formats.parse(document, null);
    }

    /**
     * A megabyte crafted against the parsers' regular expressions (runs of '<', '=' or spaces where a line's
     * end is matched): linear time, so milliseconds, not the minutes of a quadratic pattern.
     */
    @State(Scope.Benchmark)
    public static class Hostile {
        @Param({"anpa-angle-brackets", "text-space-run", "text-dateline-spaces", "iptc-headline-spaces",
            "text-marker-run"})
        public String name;

        RawDocument document;

        @Setup
        public void load() {
            document = new RawDocument(HostileTextTest.hostile(name).getBytes(StandardCharsets.UTF_8), null,
                "bench:" + name, Fixtures.RECEIVED);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Dispatch> parseHostile(Hostile hostile) throws InvalidDispatchException {
        return formats.parse(hostile.document, null);
    }
}
