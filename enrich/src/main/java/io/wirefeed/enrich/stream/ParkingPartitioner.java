package io.wirefeed.enrich.stream;

import java.util.Optional;
import java.util.Set;

import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends each {@link Ruling} to the partition of the rulings' topic that is read with the dispatches partition its
 * dispatch is parked in: the same number, the two topics having as many partitions. A ruling for a partition the
 * topic does not have (the dispatches topic was given more partitions than the rulings' topic was created with) is
 * an error that says so, not a record the producer waits for until it times out.
 */
final class ParkingPartitioner implements StreamPartitioner<String, Ruling> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String id, Ruling ruling, int partitions) {
        int parked = ruling.parking().partition();
        if (parked < 0 || parked >= partitions) {
            throw new IllegalStateException("Dispatch " + id + " is parked in partition " + parked + " of the "
                + "dispatches topic, but " + topic + " has " + partitions + " partitions: the dispatches topic's "
                + "partitions changed since the enrichment's internal topics were made (see docs/operations.md, "
                + "upgrading across a change of the enrichment's topology)");
        }
        return Optional.of(Set.of(parked));
    }
}
