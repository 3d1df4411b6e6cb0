package io.wirefeed.launcher.bench;

import java.util.Map;

/**
 * What a latency run measured: at which load and rate, how many dispatches were timed, their latency from the
 * producer's send to the enriched record being readable (read_committed), and where that time went; how many of
 * them per second came through ({@code throughput}, from the first timed send to the last read: under the rate
 * when the pipeline fell behind, so that its latency grew with the run) and how many cores each kind of thread
 * kept busy meanwhile ({@link CpuSample}).
 */
public record LatencyRun(LoadLevel level, int rate, int dispatches, Distribution latencyMs,
                         StageTimes.Breakdown stages, double throughput, Map<String, Double> coresBusy) {
}
