package io.wirefeed.enrich.stream;

import io.wirefeed.schema.EnrichedDispatch;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Described dispatches waiting for their verdict, in the task of the input partition they came from, keyed by
 * their input offset (unique in the partition, the same when a record is processed again after a crash). The
 * describe step parks a dispatch here and the publish step takes it out when its {@link Ruling} comes back: the
 * dispatch whole never travels through the one dedupe partition. RocksDB with a changelog, so a dispatch parked
 * before a crash or a rebalance is there for its ruling after it; cached, so one parked and taken out between two
 * commits never reaches RocksDB or the changelog.
 */
final class ParkedDispatches {

    static final String STORE = "parked-dispatches";

    private ParkedDispatches() {
    }

    static StoreBuilder<KeyValueStore<Long, EnrichedDispatch>> store(Serde<EnrichedDispatch> serde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.Long(), serde)
            .withCachingEnabled();
    }
}
