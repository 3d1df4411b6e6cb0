package io.wirefeed.service.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String SCRAPE = """
        # HELP wirefeed_ingest_published_total Dispatches Kafka acknowledged, by input
        # TYPE wirefeed_ingest_published_total counter
        wirefeed_ingest_published_total{input="http",} 40.0
        wirefeed_ingest_published_total{input="folder",} 2.0
        kafka_consumer_fetch_manager_records_lag_max{client_id="a",topic="x, \\"y\\""} 7.0
        kafka_consumer_fetch_manager_records_lag_max{client_id="b"} NaN
        kafka_consumer_fetch_manager_records_lag_max{client_id="c"} 3.0 1700000000000
        up 1
        broken{label="no end 1
        """;

    @Test
    void readsSamplesWithTheirLabelsAndSkipsWhatItCannotRead() {
        PrometheusText text = PrometheusText.parse(SCRAPE);

        assertThat(text.sum("wirefeed_ingest_published_total")).hasValue(42.0);
        assertThat(text.max("kafka_consumer_fetch_manager_records_lag_max")).hasValue(7.0);
        assertThat(text.sum("up")).hasValue(1.0);
        assertThat(text.sum("absent")).isEmpty();
        assertThat(text.samples()).filteredOn(s -> s.labels().containsKey("topic"))
            .singleElement().satisfies(s -> assertThat(s.labels()).containsEntry("topic", "x, \"y\""));
        assertThat(text.samples()).noneMatch(s -> s.name().equals("broken"));
    }

    @Test
    void aStagesCountersGetARateFromTheReadingBefore() {
        PipelineProbe probe = new PipelineProbe(Map.of(), Clock.systemUTC());
        Instant first = Instant.parse("2026-12-01T10:00:00Z");
        Map<String, Double> values = new HashMap<>();
        List<PipelineProbe.Figure> before = probe.figures("ingest", PrometheusText.parse(SCRAPE), first, values);
        assertThat(before).filteredOn(f -> f.label().equals("published")).singleElement()
            .satisfies(f -> assertThat(f.perSecond()).isNull());
        assertThat(before).filteredOn(f -> f.label().equals("received")).singleElement()
            .satisfies(f -> assertThat(f.value()).as("not served").isNull());
        probe.remember(values, first);

        List<PipelineProbe.Figure> after = probe.figures("ingest", PrometheusText.parse(
            "wirefeed_ingest_published_total{input=\"http\"} 62.0\n"), first.plusSeconds(10), new HashMap<>());

        assertThat(after).filteredOn(f -> f.label().equals("published")).singleElement()
            .satisfies(f -> assertThat(f.perSecond()).isCloseTo(2.0, within(1e-9)));
    }
}
