package io.wirefeed.enrich.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.Enricher;
import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.InMemoryDedupeStore;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.Topic;
import org.junit.jupiter.api.Test;

/**
 * The quality of enrichment on the project's evaluation set ({@code src/main/resources/io/wirefeed/enrich/samples}: 61
 * dispatches in six wire formats, written and labelled for the project): entity precision and recall,
 * counter-terrorism precision and recall, and dedupe verdicts. It fails below the targets.
 */
class EvaluationTest {

    private static final Set<String> COUNTER_TERRORISM = Set.of("medtop:20000053", "medtop:20000055",
        "medtop:20000103", "medtop:20000100", "medtop:20000098");

    @Test
    void enrichmentMeetsItsQualityTargets() throws Exception {
        JsonNode labels = new ObjectMapper().readTree(resource("labels.json")).get("dispatches");
        Enricher enricher = new Enricher(DispatchDescriber.standard(), new Deduplicator(new InMemoryDedupeStore(),
            Duration.ofDays(7)), Clock.systemUTC());
        WireFormats formats = new WireFormats();
        Instant received = Instant.parse("2026-07-08T08:00:00Z");
        int entityHits = 0;
        int entitiesFound = 0;
        int entitiesExpected = 0;
        int ctTruePositives = 0;
        int ctFound = 0;
        int ctExpected = 0;
        int verdictsRight = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode label : labels) {
            String file = label.get("file").asText();
            received = received.plusSeconds(60);
            List<Dispatch> dispatches = formats.parse(new RawDocument(resource(file), null, "file:" + file, received),
                null);
            assertThat(dispatches).as(file).hasSize(1);
            EnrichedDispatch enriched = enricher.enrich(dispatches.get(0));

            Set<String> expected = new HashSet<>();
            label.get("entities").forEach(entity -> expected.add(entity.asText()));
            Set<String> found = new HashSet<>();
            for (Entity entity : enriched.getEntities()) {
                found.add(entity.getType() + ":" + entity.getName());
            }
            Set<String> hits = new HashSet<>(found);
            hits.retainAll(expected);
            entityHits += hits.size();
            entitiesFound += found.size();
            entitiesExpected += expected.size();
            if (!hits.equals(expected) || !hits.equals(found)) {
                misses.add(file + " entities: missed " + minus(expected, found) + ", extra " + minus(found, expected));
            }

            boolean ct = enriched.getTopics().stream().map(Topic::getCode).anyMatch(COUNTER_TERRORISM::contains);
            boolean ctLabel = label.get("ct").asBoolean();
            ctFound += ct ? 1 : 0;
            ctExpected += ctLabel ? 1 : 0;
            ctTruePositives += ct && ctLabel ? 1 : 0;
            if (ct != ctLabel) {
                misses.add(file + " counter-terrorism: expected " + ctLabel + ", topics " + enriched.getTopics().stream()
                    .map(t -> t.getCode() + " " + t.getTerms()).toList());
            }

            String verdict = enriched.getDedupe().getVerdict().name();
            String of = enriched.getDedupe().getOf();
            boolean right = verdict.equals(label.get("verdict").asText())
                && (label.get("of").isNull() ? of == null || verdict.equals("KILL") : label.get("of").asText().equals(of));
            verdictsRight += right ? 1 : 0;
            if (!right) {
                misses.add(file + " dedupe: expected " + label.get("verdict").asText() + " of " + label.get("of")
                    + ", got " + verdict + " of " + of + " (" + enriched.getDedupe().getSimilarity() + ")");
            }
        }
        double entityPrecision = (double) entityHits / entitiesFound;
        double entityRecall = (double) entityHits / entitiesExpected;
        double ctPrecision = (double) ctTruePositives / ctFound;
        double ctRecall = (double) ctTruePositives / ctExpected;
        double dedupeAccuracy = (double) verdictsRight / labels.size();
        String report = String.format("%d dispatches: entity precision %.3f, recall %.3f; counter-terrorism precision "
                + "%.3f, recall %.3f; dedupe accuracy %.3f%n  %s", labels.size(), entityPrecision, entityRecall,
            ctPrecision, ctRecall, dedupeAccuracy, String.join("\n  ", misses));
        System.out.println(report);

        assertThat(labels.size()).isGreaterThanOrEqualTo(60);
        assertThat(entityRecall).as(report).isGreaterThanOrEqualTo(0.90);
        assertThat(entityPrecision).as(report).isGreaterThanOrEqualTo(0.85);
        assertThat(ctPrecision).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(ctRecall).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(dedupeAccuracy).as(report).isEqualTo(1.0);
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new HashSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EvaluationTest.class.getResourceAsStream("/io/wirefeed/enrich/samples/" + name)) {
            if (in == null) {
                throw new IOException("No evaluation file " + name);
            }
            return in.readAllBytes();
        }
    }
}
