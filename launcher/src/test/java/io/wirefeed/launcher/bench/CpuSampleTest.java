package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CpuSampleTest {

    @Test
    void threadsAreGroupedByWhatTheirNamesSay() {
        assertThat(CpuSample.kind("bench-3f2a-enrich-0b1c-StreamThread-2")).isEqualTo("streamThread2");
        assertThat(CpuSample.kind("kafka-producer-network-thread | bench-3f2a-enrich-StreamThread-1-producer"))
            .isEqualTo("streamsProducerIo");
        assertThat(CpuSample.kind("kafka-producer-network-thread | producer-7")).isEqualTo("bench");
        assertThat(CpuSample.kind("bench-trace-enriched")).isEqualTo("bench");
        assertThat(CpuSample.kind("wirefeed-describe-0_2")).isEqualTo("describe");
        assertThat(CpuSample.kind("data-plane-kafka-request-handler-1")).isEqualTo("brokerAndOther");
    }

    @Test
    void coresAreCpuTimeOverWallTimeWithWhatNoThreadAccountsForApart() {
        CpuSample before = new CpuSample(10_000_000_000L, Map.of("streamThread1", 1_000_000_000L, "bench", 0L));
        CpuSample after = new CpuSample(13_000_000_000L, Map.of("streamThread1", 2_500_000_000L,
            "bench", 500_000_000L, "brokerAndOther", 400_000_000L));

        Map<String, Double> cores = after.coresSince(before, 2.0);

        assertThat(cores).containsExactly(Map.entry("process", 1.5), Map.entry("bench", 0.25),
            Map.entry("brokerAndOther", 0.2), Map.entry("streamThread1", 0.75), Map.entry("gcJitAndNative", 0.3));
    }
}
