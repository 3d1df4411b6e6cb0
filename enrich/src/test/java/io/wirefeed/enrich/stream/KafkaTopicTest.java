package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

class KafkaTopicTest {

    private final KafkaTopic<String, Long> counts = new KafkaTopic<>("counts", Serdes.String(), Serdes.Long());

    @Test
    void aTopicIsReadAndWrittenUnderItsNameWithItsSerdesByNamedNodes() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(counts.name(), counts.consumed("in")).to("copies", counts.produced("out"));

        TopologyDescription description = builder.build().describe();

        assertThat(description.toString()).contains("Source: in (topics: [counts])", "Sink: out (topic: copies)");
    }

    @Test
    void aTopicHasANameAndBothSerdes() {
        assertThatNullPointerException().isThrownBy(() -> new KafkaTopic<>(null, Serdes.String(), Serdes.Long()));
        assertThatNullPointerException().isThrownBy(() -> new KafkaTopic<>("t", null, Serdes.Long()));
        assertThatNullPointerException().isThrownBy(() -> new KafkaTopic<String, Long>("t", Serdes.String(), null));
    }
}
