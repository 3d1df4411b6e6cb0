package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.schema.MediaTopic;
import org.junit.jupiter.api.Test;

class EnrichMetricsTest {

    private static final Instant T0 = Instant.parse("2026-07-07T08:00:00Z");
    private static final EnrichedDispatch DESCRIBED = DispatchDescriber.standard()
        .describe(SampleDispatches.dispatch("xinhua-1", 1), T0);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EnrichMetrics metrics = bound(registry);

    /** Metrics bound to the registry, as the service binds them before the stream starts. */
    static EnrichMetrics bound(MeterRegistry registry) {
        EnrichMetrics metrics = new EnrichMetrics();
        metrics.bindTo(registry);
        return metrics;
    }

    private static EnrichedDispatch enriched(DedupeVerdict verdict, Duration late, String... topics) {
        EnrichedDispatch dispatch = EnrichedDispatch.newBuilder(DESCRIBED)
            .setReceivedAt(T0).setEnrichedAt(T0.plus(late))
            .setTopics(List.of(topics).stream().map(code -> MediaTopic.newBuilder().setCode(code).setLabel(code)
                .setScore(1.0).build()).toList())
            .build();
        dispatch.getDedupe().setVerdict(verdict);
        return dispatch;
    }

    @Test
    void bindingRegistersTheLatencyAndACounterPerVerdictAtZero() {
        assertThat(registry.get("wirefeed.enrich.latency").timer().count()).isZero();
        for (DedupeVerdict verdict : DedupeVerdict.values()) {
            assertThat(registry.get("wirefeed.enrich.enriched").tag("verdict", verdict.name().toLowerCase(Locale.ROOT))
                .counter().count()).isZero();
        }
        assertThat(registry.find("wirefeed.enrich.topics").counters()).isEmpty();
        assertThat(registry.find("wirefeed.enrich.alerts").counters()).isEmpty();
    }

    @Test
    void dispatchesAreCountedByVerdictAndTopicWithTheirLatency() {
        metrics.enriched(enriched(DedupeVerdict.UNIQUE, Duration.ofMillis(40), "medtop:20000053", "medtop:04000000"));
        metrics.enriched(enriched(DedupeVerdict.NEAR_DUPLICATE, Duration.ofMillis(60), "medtop:20000053"));
        metrics.enriched(enriched(DedupeVerdict.UNIQUE, Duration.ofMillis(-5)));

        assertThat(registry.get("wirefeed.enrich.enriched").tag("verdict", "unique").counter().count()).isEqualTo(2);
        assertThat(registry.get("wirefeed.enrich.enriched").tag("verdict", "near_duplicate").counter().count())
            .isEqualTo(1);
        assertThat(registry.get("wirefeed.enrich.topics").tag("topic", "medtop:20000053").counter().count())
            .isEqualTo(2);
        assertThat(registry.get("wirefeed.enrich.topics").tag("topic", "medtop:04000000").counter().count())
            .isEqualTo(1);
        assertThat(registry.get("wirefeed.enrich.latency").timer().count()).isEqualTo(3);
        assertThat(registry.get("wirefeed.enrich.latency").timer().max(TimeUnit.MILLISECONDS)).isEqualTo(60);
    }

    @Test
    void alertsAreCountedByRule() {
        EnrichedDispatch dispatch = enriched(DedupeVerdict.UNIQUE, Duration.ZERO);
        metrics.alert(AlertPolicy.alert("ct-urgent", "topics", dispatch).build());
        metrics.alert(AlertPolicy.alert("ct-urgent", "topics", dispatch).build());
        metrics.alert(AlertPolicy.alert(AlertProcessor.WATCHLIST_RULE, "entities", dispatch).build());

        assertThat(registry.get("wirefeed.enrich.alerts").tag("rule", "ct-urgent").counter().count()).isEqualTo(2);
        assertThat(registry.get("wirefeed.enrich.alerts").tag("rule", "watchlist").counter().count()).isEqualTo(1);
    }

    @Test
    void theEmbargoGaugeSumsTheTasksHereAndItsCountersStartAtZero() {
        assertThat(registry.get("wirefeed.enrich.embargo.held").gauge().value()).isZero();
        assertThat(registry.get("wirefeed.enrich.embargo.released").counter().count()).isZero();
        for (EnrichMetrics.EmbargoDrop why : EnrichMetrics.EmbargoDrop.values()) {
            assertThat(registry.get("wirefeed.enrich.embargo.dropped").tag("reason", why.name().toLowerCase(Locale.ROOT))
                .counter().count()).isZero();
        }

        metrics.held("1_0", 3);
        metrics.held("2_0", 2);
        metrics.held("1_0", 1);
        assertThat(registry.get("wirefeed.enrich.embargo.held").gauge().value()).isEqualTo(3);
        metrics.heldElsewhere("2_0");
        assertThat(registry.get("wirefeed.enrich.embargo.held").gauge().value()).isEqualTo(1);

        metrics.released();
        metrics.dropped(EnrichMetrics.EmbargoDrop.KILLED);
        assertThat(registry.get("wirefeed.enrich.embargo.released").counter().count()).isEqualTo(1);
        assertThat(registry.get("wirefeed.enrich.embargo.dropped").tag("reason", "killed").counter().count())
            .isEqualTo(1);
    }

    @Test
    void metricsRecordOnlyOnceBound() {
        assertThatIllegalStateException().isThrownBy(() -> new EnrichMetrics().enriched(DESCRIBED));
    }
}
