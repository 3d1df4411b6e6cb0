package io.wirefeed.enrich.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The stateless steps, with the operator's topic rules and watchlist in force (looked up at most once a second, as
 * dispatches arrive), and the dispatch's text fingerprint for the dedupe step, within a time budget per dispatch
 * ({@link DescribeBudget}); a traced dispatch is stamped with the time this step picked it up
 * ({@link StageTimeHeaders}).
 */
final class DescribeProcessor implements FixedKeyProcessor<String, Dispatch, EnrichedDispatch> {

    private final DispatchDescriber shipped;
    private final Function<RuleSet, DispatchDescriber> withRules;
    private final Clock clock;
    private final Duration budgetTime;
    private DescribeBudget budget;
    private FixedKeyProcessorContext<String, EnrichedDispatch> context;
    private RulesView rules;
    private DispatchDescriber describer;

    DescribeProcessor(DispatchDescriber shipped, Function<RuleSet, DispatchDescriber> withRules, Clock clock,
                      Duration budget) {
        this.shipped = shipped;
        this.withRules = withRules;
        this.clock = clock;
        this.budgetTime = budget;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedDispatch> context) {
        this.context = context;
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
        DispatchDescriber current = describer;
        Instant now = clock.instant();
        Headers headers = StageTimeHeaders.traced(record.headers())
            ? StageTimeHeaders.stamped(record.headers(), StageTimeHeaders.DESCRIBE, now) : record.headers();
        Described described = budget.run(() -> {
            EnrichedDispatch enriched = current.describe(dispatch, now);
            return new Described(enriched, FingerprintHeader.fingerprint(enriched));
        }, () -> "Enriching dispatch " + dispatch.getId() + " version " + dispatch.getVersion());
        context.forward(record.withValue(described.dispatch())
            .withHeaders(FingerprintHeader.with(headers, described.fingerprint())));
    }

    @Override
    public void close() {
        if (budget != null) {
            budget.close();
        }
    }

    /** A described dispatch and its encoded text fingerprint. */
    private record Described(EnrichedDispatch dispatch, byte[] fingerprint) {
    }
}
