package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.schema.Dispatch;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {

    @Test
    void countsWarningsByFormatAndCode() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        List<Dispatch> dispatches = Fixtures.parse("text/xinhua-tashkent.txt");

        new IngestMetrics(registry).received("http", dispatches);

        assertThat(registry.get("wirefeed.ingest.warnings").tag("format", "dateline_text")
            .tag("warning", "headline-derived").counter().count()).isEqualTo(1.0);
        assertThat(registry.get("wirefeed.ingest.received").tag("input", "http").counter().count()).isEqualTo(1.0);
    }
}
