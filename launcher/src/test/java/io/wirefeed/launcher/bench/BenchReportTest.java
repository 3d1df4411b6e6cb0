package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @Test
    void theJsonReportHasEveryFieldWithRatiosComputed(@TempDir Path dir) throws Exception {
        BenchReport report = new BenchReport(20_000, 95.5, 750, 2_500, 6_000,
            Map.of("p50", 300.0, "p99", 430.0, "p999", 480.0), 500, 10_000, 2.5, 1_090, 40,
            List.of(new SinkThroughput("postgres", "rows", 16_000, Duration.ofSeconds(8))), "how");
        report.writeJson(dir.resolve("report.json"));

        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(json.fieldNames()).toIterable().contains("dispatches", "seconds", "throughput", "offlineThroughput",
            "baselineThroughput", "ratio", "offlineRatio", "latencyMs", "cpuMsPerDispatch", "peakHeapMb",
            "jitMsPerSecond", "howRun");
        assertThat(json.get("ratio").asDouble()).isEqualTo(0.13);
        assertThat(json.get("offlineRatio").asDouble()).isEqualTo(0.3);
        assertThat(json.at("/latencyMs/p999").asDouble()).isEqualTo(480.0);
        assertThat(json.get("jitMsPerSecond").asDouble()).isEqualTo(40.0);
        assertThat(json.at("/sinks/postgres/perSecond").asDouble()).isEqualTo(2_000.0);
        assertThat(report.table()).contains("| end to end / offline | 0.30 |");
    }
}
