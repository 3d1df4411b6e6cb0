package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SampleDispatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a ruling goes, and what cannot be parked. */
class ParkingTest {

    private static Ruling parkedIn(int partition) {
        return new Ruling("xinhua-1", new Deduplicator.Decision(Dedupe.newBuilder().setVerdict(DedupeVerdict.UNIQUE)
            .build(), "xinhua-1"), new DescribedArrival.Parking(partition, 7));
    }

    @Test
    void aRulingGoesToThePartitionItsDispatchIsParkedIn() {
        ParkingPartitioner partitioner = new ParkingPartitioner();

        assertThat(partitioner.partitions("rulings", "xinhua-1", parkedIn(0), 12)).hasValue(Set.of(0));
        assertThat(partitioner.partitions("rulings", "xinhua-1", parkedIn(11), 12)).hasValue(Set.of(11));
    }

    @Test
    void aRulingForAPartitionTheTopicDoesNotHaveIsAnErrorThatSaysWhy() {
        assertThatThrownBy(() -> new ParkingPartitioner().partitions("rulings", "xinhua-1", parkedIn(12), 12))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("parked in partition 12").hasMessageContaining("has 12 partitions");
    }

    @Test
    void anIdTooLongToTravelIsDeadLetteredWhereItComesInAndTheStreamGoesOn(@TempDir Path stateDir) {
        DispatchDescriber describer = DispatchDescriber.standard();
        try (DrivenTopology topology = new DrivenTopology(stateDir,
                new EnrichTopology.Describing(describer, rules -> describer, Duration.ofSeconds(30)))) {
            Instant received = Instant.parse("2026-07-07T08:00:00Z");
            topology.send(Dispatch.newBuilder(SampleDispatches.dispatch("x".repeat(70_000), 1))
                .setReceivedAt(received).build());
            topology.send(Dispatch.newBuilder(SampleDispatches.dispatch("xinhua-2", 1)).setReceivedAt(received)
                .build());

            assertThat(topology.deadLetters()).singleElement()
                .satisfies(letter -> assertThat(letter.value.getReason()).contains("70000 bytes long"));
            assertThat(topology.enriched()).extracting(Object::toString).hasSize(1)
                .allSatisfy(enriched -> assertThat(enriched).contains("xinhua-2"));
        }
    }
}
