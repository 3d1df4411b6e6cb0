package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.InMemoryDedupeStore;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.PubStatus;
import org.junit.jupiter.api.Test;

class WireTrafficTest {

    @Test
    void theMixComesOutInItsShares() {
        WireTraffic traffic = new WireTraffic(3, Instant.parse("2026-07-07T06:00:00Z"), WireTraffic.Mix.WIRE);
        Map<String, Integer> versions = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int resends = 0;
        int updates = 0;
        int kills = 0;
        int copies = 0;
        int total = 20_000;
        for (int i = 0; i < total; i++) {
            Dispatch dispatch = traffic.next();
            String key = dispatch.getId() + "@" + dispatch.getVersion();
            if (!seen.add(key)) {
                resends++;
            } else if (dispatch.getPubStatus() == PubStatus.CANCELED) {
                kills++;
            } else if (dispatch.getVersion() > 1) {
                updates++;
                assertThat(dispatch.getVersion()).isEqualTo(versions.get(dispatch.getId()) + 1);
            } else if (dispatch.getId().contains("-copy-")) {
                copies++;
            }
            versions.merge(dispatch.getId(), dispatch.getVersion(), Math::max);
        }
        assertThat(resends / (double) total).isBetween(0.04, 0.06);
        assertThat(updates / (double) total).isBetween(0.07, 0.09);
        assertThat(kills / (double) total).isBetween(0.005, 0.015);
        assertThat(copies / (double) total).isBetween(0.03, 0.05);
    }

    @Test
    void theDedupeStepJudgesTheTrafficAsItsMixSays() {
        WireTraffic traffic = new WireTraffic(5, Instant.parse("2026-07-07T06:00:00Z"), WireTraffic.Mix.WIRE);
        Deduplicator deduplicator = new Deduplicator(new InMemoryDedupeStore(), Duration.ofDays(7));
        Map<DedupeVerdict, Integer> verdicts = new EnumMap<>(DedupeVerdict.class);
        int total = 10_000;
        for (int i = 0; i < total; i++) {
            Dispatch dispatch = traffic.next();
            Deduplicator.Arrival arrival = new Deduplicator.Arrival(dispatch.getId(), dispatch.getVersion(),
                dispatch.getReceivedAt(), dispatch.getPubStatus() == PubStatus.CANCELED, false);
            TextFingerprint text = TextFingerprint.of(dispatch.getHeadline(), dispatch.getBody(),
                dispatch.getDateline().getText());
            verdicts.merge(deduplicator.decide(arrival, text).dedupe().getVerdict(), 1, Integer::sum);
        }
        // New stories are not look-alikes of one another: only the other agencies' copies are near duplicates
        // (and a resend of a copy's text under another id is an exact duplicate at most).
        assertThat(verdicts.getOrDefault(DedupeVerdict.UNIQUE, 0) / (double) total).isBetween(0.80, 0.84);
        assertThat(verdicts.getOrDefault(DedupeVerdict.NEAR_DUPLICATE, 0) / (double) total).isBetween(0.03, 0.05);
        assertThat(verdicts.getOrDefault(DedupeVerdict.UPDATE, 0) / (double) total).isBetween(0.07, 0.09);
    }

    @Test
    void sharesMustLeaveRoomForNewStories() {
        assertThatThrownBy(() -> new WireTraffic.Mix(0.5, 0.3, 0.1, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WireTraffic.Mix(-0.1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
