package io.wirefeed.enrich.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stateless steps, with the operator's topic rules and watchlist in force (looked up at most once a second, as
 * dispatches arrive), and the dispatch's text fingerprint for the dedupe step, within a time budget per dispatch
 * ({@link DescribeBudget}). The described dispatch is parked ({@link ParkedDispatches}) and what the dedupe step
 * needs of it forwarded ({@link DescribedArrival}); a traced dispatch's arrival is stamped with the time this step
 * picked it up ({@link StageTimeHeaders}).
 */
final class DescribeProcessor implements FixedKeyProcessor<String, Dispatch, DescribedArrival> {

    private final DispatchDescriber shipped;
    private final Function<RuleSet, DispatchDescriber> withRules;
    private final Clock clock;
    private final Duration budgetTime;
    private DescribeBudget budget;
    private FixedKeyProcessorContext<String, DescribedArrival> context;
    private KeyValueStore<Long, EnrichedDispatch> parked;
    private final EnrichMetrics metrics;
    private AtomicLong parkedCount;
    private String task;
    private RulesView rules;
    private DispatchDescriber describer;

    DescribeProcessor(DispatchDescriber shipped, Function<RuleSet, DispatchDescriber> withRules, EnrichMetrics metrics,
                      Clock clock, Duration budget) {
        this.shipped = shipped;
        this.metrics = metrics;
        this.withRules = withRules;
        this.clock = clock;
        this.budgetTime = budget;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DescribedArrival> context) {
        this.context = context;
        this.parked = context.getStateStore(ParkedDispatches.STORE);
        // Restored from the changelog before init, and counted afresh at each (re)initialisation of the task.
        this.task = context.taskId().toString();
        this.parkedCount = metrics.parked(task);
        long count = 0;
        try (KeyValueIterator<Long, EnrichedDispatch> all = parked.all()) {
            for (; all.hasNext(); all.next()) {
                count++;
            }
        }
        parkedCount.set(count);
        this.budget = new DescribeBudget(budgetTime, "wirefeed-describe-" + context.taskId());
        this.rules = new RulesView(context.getStateStore(RulesView.STORE), MediaTopics.shipped());
        this.describer = shipped;
        refresh();
    }

    private void refresh() {
        if (rules.refreshIfDue(context.currentSystemTimeMs())) {
            RuleSet current = rules.rules();
            describer = current.topicRules().isEmpty() && current.watchlist().isEmpty() ? shipped
                : withRules.apply(current);
        }
    }

    @Override
    public void process(FixedKeyRecord<String, Dispatch> record) {
        refresh();
        Dispatch dispatch = record.value();
        DescribedArrival.requireTravels(dispatch.getId());
        DispatchDescriber current = describer;
        Instant now = clock.instant();
        Headers headers = StageTimeHeaders.traced(record.headers())
            ? StageTimeHeaders.stamped(record.headers(), StageTimeHeaders.DESCRIBE, now) : record.headers();
        Described described = budget.run(() -> {
            EnrichedDispatch enriched = current.describe(dispatch, now);
            return new Described(enriched, Deduplicator.fingerprint(enriched));
        }, () -> "Enriching dispatch " + dispatch.getId() + " version " + dispatch.getVersion());
        RecordMetadata input = context.recordMetadata().orElseThrow();
        parked.put(input.offset(), described.dispatch());
        parkedCount.incrementAndGet();
        context.forward(record.withValue(new DescribedArrival(Deduplicator.arrival(described.dispatch()),
                described.text(), new DescribedArrival.Parking(input.partition(), input.offset())))
            .withHeaders(headers));
    }

    @Override
    public void close() {
        if (budget != null) {
            budget.close();
        }
        if (task != null) {
            metrics.parkedElsewhere(task);
        }
    }

    /** A described dispatch and its text fingerprint. */
    private record Described(EnrichedDispatch dispatch, TextFingerprint text) {
    }
}
