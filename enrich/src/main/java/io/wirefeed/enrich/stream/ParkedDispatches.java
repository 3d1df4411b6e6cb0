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
 * before a crash or a rebalance is there for its ruling after it. No cache: a ruling comes back only after the
 * transaction that parked its dispatch committed, and so flushed any cache, so each dispatch is written once and
 * deleted once whatever a cache would do.
 */
final class ParkedDispatches {

    static final String STORE = "parked-dispatches";

    private ParkedDispatches() {
    }

    static StoreBuilder<KeyValueStore<Long, EnrichedDispatch>> store(Serde<EnrichedDispatch> serde) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.Long(), serde);
    }
}
