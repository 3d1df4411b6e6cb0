package io.wirefeed.enrich.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Alerts: the alert policy's, and one for each dispatch that mentions an entity the watchlist alerts on. */
final class AlertProcessor implements Processor<String, EnrichedDispatch, String, Alert> {

    static final String WATCHLIST_RULE = "watchlist";

    private final AlertPolicy policy;
    private ProcessorContext<String, Alert> context;
    private RulesView rules;
    private Set<String> watched = Set.of();

    AlertProcessor(AlertPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.rules = new RulesView(context.getStateStore(RulesView.STORE), MediaTopics.shipped());
        refresh();
    }

    private void refresh() {
        if (rules.refreshIfDue(context.currentSystemTimeMs())) {
            watched = rules.rules().alertingEntities();
        }
    }

    @Override
    public void process(Record<String, EnrichedDispatch> record) {
        refresh();
        EnrichedDispatch dispatch = record.value();
        for (Alert alert : policy.alertsFor(dispatch)) {
            context.forward(record.withValue(alert));
        }
        if (watched.isEmpty() || dispatch.getDedupe().getVerdict() == DedupeVerdict.DUPLICATE) {
            return;
        }
        List<String> matched = new ArrayList<>();
        for (Entity entity : dispatch.getEntities()) {
            String key = entity.getId() != null ? entity.getId() : entity.getName();
            if (watched.contains(key)) {
                matched.add(key);
            }
        }
        if (!matched.isEmpty()) {
            context.forward(record.withValue(AlertPolicy.alert(WATCHLIST_RULE, "watchlisted entities " + matched,
                dispatch).setEntities(matched).build()));
        }
    }
}
