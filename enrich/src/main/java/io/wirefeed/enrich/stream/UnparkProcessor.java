package io.wirefeed.enrich.stream;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.schema.EnrichedDispatch;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a described dispatch out of {@link ParkedDispatches} when its {@link Ruling} comes back from the dedupe step,
 * and forwards it judged (verdict and story set), keyed by its story, with its receipt time as its timestamp, as the
 * dedupe step forwarded it when the whole dispatch went through it. A traced dispatch keeps its trace, stamped with
 * the time this step picked it up ({@link StageTimeHeaders}); other records leave with no headers. Exactly-once: the
 * take-out, what is forwarded and the ruling's offset commit in one transaction.
 */
final class UnparkProcessor implements Processor<String, Ruling, String, EnrichedDispatch> {

    private static final Logger LOG = LoggerFactory.getLogger(UnparkProcessor.class);

    private final EnrichMetrics metrics;
    private final Clock clock;
    private ProcessorContext<String, EnrichedDispatch> context;
    private KeyValueStore<Long, EnrichedDispatch> parked;
    private AtomicLong parkedCount;

    UnparkProcessor(EnrichMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedDispatch> context) {
        this.context = context;
        this.parked = context.getStateStore(ParkedDispatches.STORE);
        this.parkedCount = metrics.parked(context.taskId().toString());
    }

    @Override
    public void process(Record<String, Ruling> record) {
        Ruling ruling = record.value();
        long offset = ruling.parking().offset();
        EnrichedDispatch dispatch = parked.get(offset);
        if (dispatch == null) {
            // Exactly-once rules out a ruling read again after its dispatch went out; what is left is a fault.
            metrics.unmatchedRuling();
            LOG.error("No dispatch parked at offset {} of partition {} for the ruling on {}; ruling skipped", offset,
                ruling.parking().partition(), ruling.id());
            return;
        }
        parked.delete(offset);
        parkedCount.decrementAndGet();
        EnrichedDispatch judged = Deduplicator.judged(dispatch, ruling.decision());
        Headers headers = StageTimeHeaders.traced(record.headers())
            ? StageTimeHeaders.stamped(StageTimeHeaders.traceOnly(record.headers()), StageTimeHeaders.UNPARK,
                clock.instant())
            : new RecordHeaders();
        context.forward(new Record<>(judged.getStory(), judged, judged.getReceivedAt().toEpochMilli(), headers));
    }
}
