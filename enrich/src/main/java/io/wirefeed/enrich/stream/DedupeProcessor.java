package io.wirefeed.enrich.stream;

import java.time.Duration;

import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.schema.EnrichedDispatch;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Versions and duplicates, on the one partition every described dispatch is sent to, so that look-alikes
 * published under different keys (and so in different input partitions) meet. Re-keys by story.
 */
final class DedupeProcessor implements Processor<String, EnrichedDispatch, String, EnrichedDispatch> {

    private final Duration retention;
    private ProcessorContext<String, EnrichedDispatch> context;
    private Deduplicator deduplicator;

    DedupeProcessor(Duration retention) {
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedDispatch> context) {
        this.context = context;
        this.deduplicator = new Deduplicator(new StoreBackedDedupeStore(context.getStateStore(StoreBackedDedupeStore.VERSIONS),
            context.getStateStore(StoreBackedDedupeStore.EXACT), context.getStateStore(StoreBackedDedupeStore.BANDS)),
            retention);
    }

    @Override
    public void process(Record<String, EnrichedDispatch> record) {
        EnrichedDispatch decided = deduplicator.apply(record.value());
        context.forward(record.withKey(decided.getStory()).withValue(decided));
    }
}
