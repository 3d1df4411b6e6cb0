package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class StreamsLivenessTest {

    @Test
    void startingRunningAndRebalancingWithThreadsAreAlive() {
        assertThat(StreamsLiveness.problem(KafkaStreams.State.CREATED, 0)).isNull();
        assertThat(StreamsLiveness.problem(KafkaStreams.State.REBALANCING, 1)).isNull();
        assertThat(StreamsLiveness.problem(KafkaStreams.State.RUNNING, 2)).isNull();
    }

    @Test
    void streamsThatFailedOrStoppedAreNot() {
        assertThat(StreamsLiveness.problem(KafkaStreams.State.ERROR, 0)).isEqualTo("Kafka Streams is in state ERROR");
        assertThat(StreamsLiveness.problem(KafkaStreams.State.PENDING_ERROR, 1)).contains("PENDING_ERROR");
        assertThat(StreamsLiveness.problem(KafkaStreams.State.NOT_RUNNING, 0)).contains("NOT_RUNNING");
    }

    @Test
    void runningWithoutALiveThreadIsNot() {
        assertThat(StreamsLiveness.problem(KafkaStreams.State.RUNNING, 0)).isEqualTo("Kafka Streams has no live stream thread");
        assertThat(StreamsLiveness.problem(KafkaStreams.State.REBALANCING, 0)).isNotNull();
    }
}
