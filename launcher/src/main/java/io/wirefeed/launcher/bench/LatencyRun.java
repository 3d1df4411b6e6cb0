package io.wirefeed.launcher.bench;

/**
 * What a latency run measured: at which load and rate, how many dispatches were timed, their latency from the
 * producer's send to the enriched record being readable (read_committed), and where that time went.
 */
public record LatencyRun(LoadLevel level, int rate, int dispatches, Distribution latencyMs,
                         StageTimes.Breakdown stages) {
}
