package io.wirefeed.launcher.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What {@code wirefeed bench} measured, as a table for people and JSON for machines ({@code --report}).
 *
 * @param instances          the enrichment services that ran the end-to-end and latency runs (this process's and
 *                           the others started beside it)
 * @param throughput         enriched dispatches per second, end to end (dispatches topic to enriched topic): the
 *                           run's maximum, {@code maxThroughput} in the JSON
 * @param offlineThroughput  the same dispatches through the same steps on one thread, no Kafka
 * @param baselineThroughput a Kafka Streams pass-through of the same records, same broker, partitions, serdes and
 *                           guarantee
 * @param latency            per load ({@link LoadLevel}, in order), the latency from send to the enriched record
 *                           being readable and its stages
 * @param jitMsPerSecond     the JIT compilers' time per second while the end-to-end throughput was measured: near
 *                           zero once the warm-up has compiled what the service runs
 */
public record BenchReport(int dispatches, int instances, double seconds, double throughput, double offlineThroughput,
                          double baselineThroughput, List<LatencyRun> latency, double cpuMsPerDispatch,
                          double peakHeapMb, double jitMsPerSecond, List<SinkThroughput> sinks, String howRun) {

    public double ratio() {
        return throughput / baselineThroughput;
    }

    public double offlineRatio() {
        return throughput / offlineThroughput;
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("dispatches", dispatches);
        map.put("instances", instances);
        map.put("seconds", round(seconds));
        map.put("maxThroughput", round(throughput));
        map.put("offlineThroughput", round(offlineThroughput));
        map.put("baselineThroughput", round(baselineThroughput));
        map.put("ratio", round(ratio()));
        map.put("offlineRatio", round(offlineRatio()));
        Map<String, Object> stages = new LinkedHashMap<>();
        Map<String, Object> traced = new LinkedHashMap<>();
        for (LatencyRun run : latency) {
            map.put("latency" + run.level().key() + "Ms", run.latencyMs().asMap());
            map.put("latency" + run.level().key() + "Rate", run.rate());
            map.put("latency" + run.level().key() + "Dispatches", run.dispatches());
            map.put("latency" + run.level().key() + "Throughput", round(run.throughput()));
            Map<String, Object> perStage = new LinkedHashMap<>();
            run.stages().stagesMs().forEach((stage, figures) -> perStage.put(stage, figures.asMap()));
            perStage.put("whole", run.stages().wholeMs().asMap());
            stages.put(lowerFirst(run.level().key()), perStage);
            traced.put(lowerFirst(run.level().key()), Map.of("complete", run.stages().traced(),
                "incomplete", run.stages().incomplete()));
        }
        map.put("stagesMs", stages);
        map.put("tracedDispatches", traced);
        Map<String, Object> cores = new LinkedHashMap<>();
        latency.forEach(run -> cores.put(lowerFirst(run.level().key()), run.coresBusy()));
        map.put("coresBusy", cores);
        map.put("cpuMsPerDispatch", round(cpuMsPerDispatch));
        map.put("peakHeapMb", round(peakHeapMb));
        map.put("jitMsPerSecond", round(jitMsPerSecond));
        Map<String, Object> sinkMap = new LinkedHashMap<>();
        sinks.forEach(sink -> sinkMap.put(sink.sink(), Map.of("records", sink.records(), "unit", sink.unit(),
            "perSecond", round(sink.perSecond()))));
        map.put("sinks", sinkMap);
        map.put("howRun", howRun);
        return map;
    }

    void writeJson(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), asMap());
    }

    String table() {
        StringBuilder table = new StringBuilder()
            .append("| Measure | Value |\n|---|---|\n")
            .append(String.format("| end to end, maximum (dispatches -> enriched, exactly_once_v2) | %,.0f dispatches/s |%n",
                throughput))
            .append(String.format("| offline, same dispatches, one thread | %,.0f dispatches/s |%n", offlineThroughput))
            .append(String.format("| Kafka Streams pass-through baseline | %,.0f records/s |%n", baselineThroughput))
            .append(String.format("| end to end / offline | %.2f |%n", offlineRatio()))
            .append(String.format("| end to end / pass-through | %.2f |%n", ratio()))
            .append(latencyRows())
            .append(String.format("| CPU per dispatch (whole process: broker, Streams, serdes) | %.2f ms |%n",
                cpuMsPerDispatch))
            .append(String.format("| peak heap (whole process) | %.0f MB |%n", peakHeapMb))
            .append(String.format("| JIT compilation while end to end was timed | %.0f ms/s |%n", jitMsPerSecond));
        sinks.forEach(sink -> table.append(String.format("| sink %s | %,.0f %s/s |%n", sink.sink(), sink.perSecond(),
            sink.unit())));
        return table.toString();
    }

    private String latencyRows() {
        StringBuilder rows = new StringBuilder();
        for (LatencyRun run : latency) {
            rows.append(String.format("| latency at %s of the maximum (%,d/s): p50 / p99 / p99.9 | %.0f / %.0f / %.0f ms |%n",
                run.level().label(), run.rate(), run.latencyMs().p50(), run.latencyMs().p99(), run.latencyMs().p999()));
        }
        for (LatencyRun run : latency) {
            rows.append(String.format("| came through at %s (offered %,d/s); cores busy meanwhile | %,.0f/s; %s |%n",
                run.level().label(), run.rate(), run.throughput(), run.coresBusy().toString().replace("=", " ")
                    .replaceAll("[{}]", "")));
        }
        for (LatencyRun run : latency) {
            StringBuilder stages = new StringBuilder();
            run.stages().stagesMs().forEach((stage, figures) -> stages.append(stages.isEmpty() ? "" : ", ")
                .append(String.format("%s %.1f / %.1f", stage, figures.p50(), figures.p99())));
            rows.append(String.format("| stages at %s, p50 / p99 ms (%,d traced) | %s |%n", run.level().label(),
                run.stages().traced(), stages));
        }
        return rows.toString();
    }

    private static String lowerFirst(String key) {
        return Character.toLowerCase(key.charAt(0)) + key.substring(1);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
