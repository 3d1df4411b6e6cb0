package io.wirefeed.enrich.stream;

import java.time.Clock;
import java.util.Set;

import io.wirefeed.schema.EnrichedDispatch;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The embargo step and its two stores (RocksDB, changelogged, so what is held survives a restart and moves with
 * the task in a rebalance): the held dispatches in the order they are due, and where each dispatch id's held version
 * is in it.
 */
final class EmbargoSupplier implements ProcessorSupplier<String, EnrichedDispatch, String, EnrichedDispatch> {

    private final int releaseBatch;
    private final EnrichMetrics metrics;
    private final Clock clock;
    private final Set<StoreBuilder<?>> stores;

    /**
     * {@code held}: the serde the held dispatches are stored with (enrich's own subjects); their keys are
     * {@link EmbargoKey}s, and a dispatch id's entry holds whether an earlier version of it was published, then its
     * held version's key.
     */
    EmbargoSupplier(Serde<EnrichedDispatch> held, int releaseBatch, EnrichMetrics metrics, Clock clock) {
        this.releaseBatch = releaseBatch;
        this.metrics = metrics;
        this.clock = clock;
        this.stores = Set.of(
            Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EmbargoProcessor.HELD), Serdes.Bytes(),
                held),
            Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EmbargoProcessor.BY_DISPATCH), Serdes.String(),
                Serdes.Bytes()));
    }

    @Override
    public Processor<String, EnrichedDispatch, String, EnrichedDispatch> get() {
        return new EmbargoProcessor(releaseBatch, metrics, clock);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return stores;
    }
}
