package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @Test
    void theJsonReportHasEveryFieldWithRatiosComputed(@TempDir Path dir) throws Exception {
        BenchReport report = new BenchReport(20_000, 1, 95.5, 750, 2_500, 6_000,
            List.of(run(LoadLevel.HALF, 375, 90.0), run(LoadLevel.EIGHTY, 600, 140.0)), 2.5, 1_090, 40,
            List.of(new SinkThroughput("postgres", "rows", 16_000, Duration.ofSeconds(8))), "how");
        report.writeJson(dir.resolve("report.json"));

        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(json.fieldNames()).toIterable().contains("dispatches", "instances", "seconds", "maxThroughput",
            "offlineThroughput", "baselineThroughput", "ratio", "offlineRatio", "latencyAtHalfMs", "latencyAt80Ms",
            "stagesMs", "cpuMsPerDispatch", "peakHeapMb", "jitMsPerSecond", "howRun");
        assertThat(json.get("maxThroughput").asDouble()).isEqualTo(750.0);
        assertThat(json.get("ratio").asDouble()).isEqualTo(0.13);
        assertThat(json.get("offlineRatio").asDouble()).isEqualTo(0.3);
        assertThat(json.at("/latencyAtHalfMs/p99").asDouble()).isEqualTo(90.0);
        assertThat(json.at("/latencyAt80Ms/p99").asDouble()).isEqualTo(140.0);
        assertThat(json.get("latencyAtHalfRate").asInt()).isEqualTo(375);
        assertThat(json.get("latencyAt80Rate").asInt()).isEqualTo(600);
        assertThat(json.at("/stagesMs/atHalf/produce/p50").asDouble()).isEqualTo(2.0);
        assertThat(json.at("/stagesMs/at80/outputCommit/p99").asDouble()).isEqualTo(40.0);
        assertThat(json.at("/stagesMs/at80/whole/mean").asDouble()).isEqualTo(70.0);
        assertThat(json.at("/tracedDispatches/atHalf/complete").asInt()).isEqualTo(7_500);
        assertThat(json.get("latencyAt80Throughput").asDouble()).isEqualTo(598.5);
        assertThat(json.at("/coresBusy/atHalf/process").asDouble()).isEqualTo(1.75);
        assertThat(json.get("jitMsPerSecond").asDouble()).isEqualTo(40.0);
        assertThat(json.at("/sinks/postgres/perSecond").asDouble()).isEqualTo(2_000.0);
        assertThat(report.table()).contains("| end to end / offline | 0.30 |")
            .contains("| latency at 50% of the maximum (375/s): p50 / p99 / p99.9 | 60 / 90 / 100 ms |")
            .contains("| came through at 50% (offered 375/s); cores busy meanwhile | 374/s; process 1.75 |")
            .contains("| stages at 80%, p50 / p99 ms (7,500 traced) | produce 2.0 / 5.0, outputCommit 30.0 / 40.0 |");
    }

    private static LatencyRun run(LoadLevel level, int rate, double p99) {
        Map<String, Distribution> stages = new LinkedHashMap<>();
        stages.put("produce", new Distribution(2, 5, 6, 3));
        stages.put("outputCommit", new Distribution(30, 40, 45, 67));
        return new LatencyRun(level, rate, rate * 20, new Distribution(60, p99, 100, 70),
            new StageTimes.Breakdown(stages, new Distribution(60, p99, 100, 70), 7_500, 0), rate - 1.5,
            Map.of("process", 1.75));
    }
}
