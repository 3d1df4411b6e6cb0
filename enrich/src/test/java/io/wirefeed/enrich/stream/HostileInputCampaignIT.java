package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.ingest.InputLimits;
import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.ingest.format.HostileCorpus;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.ingest.kafka.DeadLetters;
import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.serde.AvroSerializer;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input campaign of issue 16: 10,000 documents across the six wire formats ({@link HostileCorpus}:
 * jqwik variants of the fixtures and hostile mutations, up to a megabyte each) through what ingest does with a
 * document and then through the enrichment topology as the service runs it. Ingest's part is the calls its inputs
 * make: the size limit, format detection and parsing, the version bound and the record limit, a refusal becoming the
 * {@code DeadLetter} the drop folder and the feeds publish. Enrichment's is the topology with the shipped defaults
 * (text cap, time budget, dead-letter handler, serializers bounded by {@code max.request.size}).
 *
 * <p>No thread may die (no error out of a parser or out of the topology, and no parser fault, which the inputs would
 * set aside but is a bug), no document may hold the ingest thread nor any dispatch the stream thread for a second,
 * every refused document must be a dead letter with a reason, and every dispatch must come out enriched or
 * dead-lettered. The figures are printed (the test's output file under target/surefire-reports).
 */
class HostileInputCampaignIT {

    private static final int DOCUMENTS = 10_000;
    private static final int WARM_UP = 300;
    private static final long SEED = 16;
    private static final Duration STALL = Duration.ofSeconds(1);
    private static final Duration BUDGET = Duration.ofMillis((Long) EnrichConfig.SERVICE_DEF.defaultValues()
        .get(EnrichConfig.ANALYSIS_BUDGET_MS_CONFIG));
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
        .getThreadMXBean();

    /** What the campaign counted. */
    private static final class Tally {
        final Map<String, Integer> byFormat = new TreeMap<>();
        final Map<String, Integer> refusedByMutation = new TreeMap<>();
        final Map<String, Integer> enrichDeadLettersByError = new TreeMap<>();
        final Map<String, Long> parseMillisByMutation = new TreeMap<>();
        final Map<String, Long> enrichMillisByMutation = new TreeMap<>();
        final List<String> deaths = new ArrayList<>();
        final List<String> unsaid = new ArrayList<>();
        int accepted;
        int refused;
        int empty;
        int dispatches;
        int enriched;
        int enrichDeadLetters;
        long bytes;
        long slowestParse;
        String slowestParseOf = "";
        long slowestEnrichment;
        String slowestEnrichmentOf = "";

        void count(Map<String, Integer> counts, String key) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    private final WireFormats formats = new WireFormats();
    private final InputLimits limits = InputLimits.of(new IngestConfig(Map.of("bootstrap.servers", "unused:9092",
        "schema.registry.url", "http://unused", "http.api.keys", "unused")));
    private final int maxRecordBytes = PublicationLedger.maxRecordBytes(Map.of());
    private final Instant now = Instant.parse("2026-07-07T12:00:00Z");

    @Test
    void tenThousandHostileDocumentsKillNoThreadHoldNoneForASecondAndRefuseNoneSilently(@TempDir Path stateDir) {
        Tally tally = new Tally();
        long start = System.nanoTime();
        try (DrivenTopology topology = new DrivenTopology(stateDir, shippedDescribing())) {
            AvroSerializer<Dispatch> dispatchBytes = new AvroSerializer<>(topology.registry);
            AvroSerializer<DeadLetter> letterBytes = new AvroSerializer<>(topology.registry);
            dispatchBytes.configure(Map.of(), false);
            letterBytes.configure(Map.of(), false);
            // The JVM's first documents run before the JIT compiler has done its work: a few hundred of another
            // seed, not counted, so that the times below are the code's and not the warm-up's.
            Tally warmUp = new Tally();
            new HostileCorpus(SEED + 1, (int) limits.maxBytes()).documents(WARM_UP).forEach(document ->
                run(document, topology, warmUp, dispatchBytes, letterBytes));
            start = System.nanoTime();
            new HostileCorpus(SEED, (int) limits.maxBytes()).documents(DOCUMENTS).forEach(document ->
                run(document, topology, tally, dispatchBytes, letterBytes));
        }
        report(tally, Duration.ofNanos(System.nanoTime() - start));

        assertThat(tally.deaths).as("thread deaths and parser faults").isEmpty();
        assertThat(tally.unsaid).as("refusals without a reason").isEmpty();
        assertThat(tally.accepted + tally.refused + tally.empty).isEqualTo(DOCUMENTS);
        // every format of the corpus (eight) gets its share of the documents
        assertThat(tally.byFormat).hasSize(8).allSatisfy((format, count) -> assertThat(count).isGreaterThan(1_000));
        assertThat(tally.refused).as("refused").isGreaterThan(DOCUMENTS / 10);
        assertThat(tally.accepted).as("accepted").isGreaterThan(DOCUMENTS / 3);
        assertThat(tally.enriched + tally.enrichDeadLetters).as("dispatches out").isEqualTo(tally.dispatches);
        assertThat(Duration.ofNanos(tally.slowestParse)).as("slowest parse, " + tally.slowestParseOf)
            .isLessThan(STALL);
        // Enrichment runs on a worker under the analysis budget, so the stream thread waits at most the budget
        // (then dead-letters); its wall time is what is bounded, with a second for the rest of the topology.
        assertThat(Duration.ofNanos(tally.slowestEnrichment)).as("slowest enrichment, " + tally.slowestEnrichmentOf)
            .isLessThan(BUDGET.plus(STALL));
    }

    private void run(HostileCorpus.Document document, DrivenTopology topology, Tally tally,
                     AvroSerializer<Dispatch> dispatchBytes, AvroSerializer<DeadLetter> letterBytes) {
        tally.count(tally.byFormat, document.format());
        tally.bytes += document.bytes().length;
        List<Dispatch> dispatches = ingest(document, tally, dispatchBytes, letterBytes);
        dispatches.forEach(dispatch -> enrich(topology, dispatch, document, tally));
        collect(topology, tally);
    }

    /** Enrichment as the service is shipped: the default text cap and time budget. */
    private static EnrichTopology.Describing shippedDescribing() {
        Map<String, Object> defaults = EnrichConfig.SERVICE_DEF.defaultValues();
        int analysed = (Integer) defaults.get(EnrichConfig.ANALYSIS_MAX_CHARS_CONFIG);
        LanguageDetector language = new LanguageDetector();
        MediaTopics vocabulary = MediaTopics.shipped();
        return new EnrichTopology.Describing(RuleSet.NONE.describer(language, vocabulary, List.of()).analysing(analysed),
            rules -> rules.describer(language, vocabulary, List.of()).analysing(analysed),
            BUDGET);
    }

    /** What ingest's inputs do with a document: its dispatches, or its dead letter (checked) and none. */
    private List<Dispatch> ingest(HostileCorpus.Document document, Tally tally, AvroSerializer<Dispatch> dispatchBytes,
                                  AvroSerializer<DeadLetter> letterBytes) {
        RawDocument raw = new RawDocument(document.bytes(), null, "campaign:" + document.index(), now);
        // CPU time of this thread: what parsing costs, whatever else the machine runs (a wall clock on a shared
        // 2-core machine measured its neighbours' builds: 2.9 s for a parse of 0.9 s)
        long start = CPU.getCurrentThreadCpuTime();
        try {
            if (document.bytes().length > limits.maxBytes()) {
                throw new InvalidDispatchException("Document of " + document.bytes().length + " bytes is over the "
                    + "limit of " + limits.maxBytes());
            }
            List<Dispatch> dispatches = formats.parse(raw, null);
            limits.checkVersions(dispatches);
            for (Dispatch dispatch : dispatches) {
                if (dispatchBytes.serialize(DrivenTopology.TOPICS.dispatches(), dispatch).length > maxRecordBytes) {
                    throw new InvalidDispatchException("Dispatch " + dispatch.getId() + " is over the record limit");
                }
            }
            if (dispatches.isEmpty()) {
                tally.empty++;
            } else {
                tally.accepted++;
            }
            return dispatches;
        } catch (InvalidDispatchException refused) {
            tally.refused++;
            tally.count(tally.refusedByMutation, document.mutation());
            deadLetter(DeadLetters.of(raw, refused, now), document, tally, letterBytes);
            return List.of();
        } catch (RuntimeException | Error fault) {
            tally.deaths.add(document + ": parser fault " + fault);
            return List.of();
        } finally {
            long took = CPU.getCurrentThreadCpuTime() - start;
            tally.parseMillisByMutation.merge(document.mutation(), took / 1_000_000, Long::sum);
            if (took > tally.slowestParse) {
                tally.slowestParse = took;
                tally.slowestParseOf = document.toString();
            }
        }
    }

    /**
     * A refusal must say why, and its dead letter serialize as the inputs publish it (cutting one too large for a
     * record is the publication ledger's, tested in DropFolderHardeningTest).
     */
    private static void deadLetter(DeadLetter letter, Object of, Tally tally, AvroSerializer<DeadLetter> letterBytes) {
        if (letter.getReason() == null || letter.getReason().isBlank()) {
            tally.unsaid.add(of + ": no reason");
        }
        if (letterBytes.serialize("dead-letters", letter).length == 0) {
            tally.unsaid.add(of + ": no dead letter");
        }
    }

    private static void enrich(DrivenTopology topology, Dispatch dispatch, HostileCorpus.Document document,
                               Tally tally) {
        tally.dispatches++;
        long start = System.nanoTime();
        try {
            topology.send(dispatch);
        } catch (RuntimeException | Error death) {
            tally.deaths.add(document + ", dispatch " + dispatch.getId() + ": stream thread failed with " + death);
        }
        long took = System.nanoTime() - start;
        tally.enrichMillisByMutation.merge(document.mutation(), took / 1_000_000, Long::sum);
        if (took > tally.slowestEnrichment) {
            tally.slowestEnrichment = took;
            tally.slowestEnrichmentOf = "dispatch of " + document + ", " + dispatch.getBody().length()
                + " characters of body";
        }
    }

    private static void collect(DrivenTopology topology, Tally tally) {
        tally.enriched += topology.enriched().size();
        for (KeyValue<String, DeadLetter> letter : topology.deadLetters()) {
            tally.enrichDeadLetters++;
            tally.count(tally.enrichDeadLettersByError, letter.value.getErrorType());
            if (letter.value.getReason() == null || letter.value.getReason().isBlank()) {
                tally.unsaid.add("enrichment dead letter of " + letter.key + ": no reason");
            }
        }
        topology.dropOtherOutputs();
    }

    private static void report(Tally tally, Duration took) {
        System.out.printf("Hostile-input campaign, seed %d: %,d documents (%,d MB) in %d s, after %d of seed %d to "
            + "warm up%n", SEED, DOCUMENTS, tally.bytes / 1_000_000, took.toSeconds(), WARM_UP, SEED + 1);
        System.out.printf("  by format: %s%n", tally.byFormat);
        System.out.printf("  ingest: %,d accepted, %,d refused (each a dead letter with a reason), %,d read with no "
            + "dispatch; refused by mutation: %s%n", tally.accepted, tally.refused, tally.empty, tally.refusedByMutation);
        System.out.printf("  enrichment: %,d dispatches in, %,d enriched, %,d dead-lettered %s%n", tally.dispatches,
            tally.enriched, tally.enrichDeadLetters, tally.enrichDeadLettersByError);
        System.out.printf("  thread deaths and parser faults: %d %s%n", tally.deaths.size(), tally.deaths);
        System.out.printf("  time parsing by mutation (ms): %s%n", tally.parseMillisByMutation);
        System.out.printf("  time enriching by mutation (ms): %s%n", tally.enrichMillisByMutation);
        System.out.printf("  slowest parse: %d ms (%s)%n", tally.slowestParse / 1_000_000, tally.slowestParseOf);
        System.out.printf("  slowest enrichment of one dispatch: %d ms (%s)%n", tally.slowestEnrichment / 1_000_000,
            tally.slowestEnrichmentOf);
    }
}
