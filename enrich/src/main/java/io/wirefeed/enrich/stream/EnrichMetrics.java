package io.wirefeed.enrich.stream;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Topic;

/**
 * The enrichment's own meters: dispatches enriched by dedupe verdict and by top topic, alerts raised, and the
 * end-to-end latency from ingest (receivedAt) to enrichment.
 */
public final class EnrichMetrics {

    private final MeterRegistry registry;
    private final Timer latency;

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("wirefeed.enrich.latency")
            .description("Time from ingest receiving a dispatch to its enrichment")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofMinutes(5))
            .register(registry);
    }

    public void enriched(EnrichedDispatch dispatch) {
        Counter.builder("wirefeed.enrich.enriched")
            .description("Dispatches enriched, by dedupe verdict")
            .tag("verdict", dispatch.getDedupe().getVerdict().name().toLowerCase(Locale.ROOT))
            .register(registry).increment();
        for (Topic topic : dispatch.getTopics()) {
            Counter.builder("wirefeed.enrich.topics")
                .description("Topics assigned, by IPTC Media Topic code")
                .tag("topic", topic.getCode())
                .register(registry).increment();
        }
        Duration age = Duration.between(dispatch.getReceivedAt(), dispatch.getEnrichedAt());
        latency.record(age.isNegative() ? Duration.ZERO : age);
    }

    public void alert(Alert alert) {
        Counter.builder("wirefeed.enrich.alerts")
            .description("Alerts raised, by rule")
            .tag("rule", alert.getRule())
            .register(registry).increment();
    }
}
