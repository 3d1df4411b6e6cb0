package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.InMemoryDedupeStore;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.Signal;
import org.junit.jupiter.api.Test;

/**
 * The verdicts and stories the one-partition look-alike search gave the first 20,000 dispatches of the bench's
 * traffic (seed 42), judged in the order they were generated (2026-12-06): any other way of searching (partitioned,
 * cached) must give every dispatch, judged in the same order, the same verdict, "of", similarity and story (issue
 * 17). When a change of verdicts is meant, the counts and digest below change with it, and the commit says why.
 */
class BenchVerdictsTest {

    private static final int DISPATCHES = 20_000;

    @Test
    void theBenchTrafficKeepsItsVerdicts() throws Exception {
        WireTraffic traffic = new WireTraffic(42, Instant.parse("2026-07-07T06:00:00Z"), WireTraffic.Mix.WIRE);
        Deduplicator deduplicator = new Deduplicator(new InMemoryDedupeStore(), Duration.ofDays(7));
        Map<DedupeVerdict, Integer> verdicts = new EnumMap<>(DedupeVerdict.class);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < DISPATCHES; i++) {
            Dispatch dispatch = traffic.next();
            Deduplicator.Arrival arrival = new Deduplicator.Arrival(dispatch.getId(), dispatch.getVersion(),
                dispatch.getReceivedAt(), dispatch.getPubStatus() == PubStatus.CANCELED
                    || dispatch.getSignals().contains(Signal.KILL), dispatch.getSignals().contains(Signal.CORRECTION));
            TextFingerprint text = TextFingerprint.of(dispatch.getHeadline(), dispatch.getBody(),
                dispatch.getDateline().getText());
            Deduplicator.Decision decision = deduplicator.decide(arrival, text);
            Dedupe dedupe = decision.dedupe();
            verdicts.merge(dedupe.getVerdict(), 1, Integer::sum);
            digest.update((dispatch.getId() + "|" + dispatch.getVersion() + "|" + dedupe.getVerdict() + "|"
                + dedupe.getOf() + "|" + dedupe.getOfVersion() + "|" + dedupe.getSimilarity() + "|" + decision.story()
                + "\n").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of(DedupeVerdict.UNIQUE, 16_046,
            DedupeVerdict.DUPLICATE, 1_078, DedupeVerdict.NEAR_DUPLICATE, 1_150, DedupeVerdict.UPDATE, 1_528,
            DedupeVerdict.KILL, 198));
        assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(
            "8049dcdf81e1ffdd9b536026e8057d72500d28930b96270bd3ef60564ca1b6dd");
    }
}
