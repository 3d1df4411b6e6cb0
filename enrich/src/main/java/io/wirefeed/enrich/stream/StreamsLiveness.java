package io.wirefeed.enrich.stream;

import java.util.Set;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;

/**
 * Whether an enrichment instance is of any use, for {@code /health}: Kafka Streams in ERROR (or on its way there),
 * shut down, or left without a live stream thread processes nothing and does not recover by itself, so the
 * orchestrator should restart the process. Starting and rebalancing are alive: they are readiness' business.
 */
final class StreamsLiveness {

    /** Stream thread states that process nothing any more. */
    private static final Set<String> ENDED = Set.of("PENDING_SHUTDOWN", "DEAD");

    private StreamsLiveness() {
    }

    /** Null while the instance is alive; otherwise why it is not. */
    static String problem(KafkaStreams streams) {
        KafkaStreams.State state = streams.state();
        return problem(state, state.isRunningOrRebalancing() ? liveThreads(streams) : 0);
    }

    static String problem(KafkaStreams.State state, long liveThreads) {
        return switch (state) {
            case CREATED -> null;
            case REBALANCING, RUNNING -> liveThreads > 0 ? null : "Kafka Streams has no live stream thread";
            case PENDING_ERROR, ERROR, PENDING_SHUTDOWN, NOT_RUNNING -> "Kafka Streams is in state " + state;
        };
    }

    static long liveThreads(KafkaStreams streams) {
        return streams.metadataForLocalThreads().stream().map(ThreadMetadata::threadState)
            .filter(state -> !ENDED.contains(state)).count();
    }
}
