package io.wirefeed.enrich.stream;

import java.time.Clock;
import java.util.Set;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The dedupe step and the stores it keeps (RocksDB, changelogged): what was seen ({@link StoreBackedDedupeStore})
 * and the reorder buffer. Kafka Streams adds and connects the stores a supplier declares, so they are named once,
 * here.
 */
final class DedupeSupplier implements ProcessorSupplier<String, DescribedArrival, String, Ruling> {

    private final EnrichTopology.DedupeSettings settings;
    private final EnrichMetrics metrics;
    private final Clock clock;
    private final Set<StoreBuilder<?>> stores;

    /** {@code buffered}: the topic whose records wait in the reorder buffer, stored with its serdes. */
    DedupeSupplier(EnrichTopology.DedupeSettings settings, KafkaTopic<String, DescribedArrival> buffered,
                   EnrichMetrics metrics, Clock clock) {
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.stores = Set.of(seen(StoreBackedDedupeStore.VERSIONS), seen(StoreBackedDedupeStore.EXACT),
            seen(StoreBackedDedupeStore.BANDS), seen(StoreBackedDedupeStore.TEXTS),
            Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DedupeProcessor.BUFFER), buffered.keySerde(),
                buffered.valueSerde()));
    }

    private static StoreBuilder<?> seen(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), Serdes.ByteArray());
    }

    @Override
    public Processor<String, DescribedArrival, String, Ruling> get() {
        return new DedupeProcessor(settings.retention(), settings.reorderGrace(), metrics, clock);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return stores;
    }
}
