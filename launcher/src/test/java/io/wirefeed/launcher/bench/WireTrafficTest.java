package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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
    void sharesMustLeaveRoomForNewStories() {
        assertThatThrownBy(() -> new WireTraffic.Mix(0.5, 0.3, 0.1, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WireTraffic.Mix(-0.1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
