package io.wirefeed.enrich.stream;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.MediaTopic;

/**
 * The enrichment's own meters: dispatches enriched by dedupe verdict and by topic, alerts raised by rule, the
 * end-to-end latency from ingest (receivedAt) to enrichment, and the dispatches held under embargo, released, and
 * never published. Bound once, before the stream starts: the latency, one counter per verdict, the embargo gauge and
 * counters are registered then; a topic's or a rule's counter the first time it is counted (the IPTC vocabulary and
 * the alert rules bound them), and held, so the stream thread only looks a counter up.
 */
public final class EnrichMetrics implements MeterBinder {

    /** Why an embargoed version was never published. */
    public enum EmbargoDrop {
        /** A later version of the dispatch replaced it before its time (lifting or moving the embargo). */
        REPLACED,
        /** A kill of the dispatch arrived before its time. */
        KILLED,
        /** It arrived as a copy of a version held already, or of an earlier one. */
        RESENT
    }

    /** Dispatches held per task, so that the gauge sums the tasks this instance has now. */
    private final ConcurrentMap<String, Long> heldByTask = new ConcurrentHashMap<>();
    /** Dispatches parked per task, waiting for their verdict; a task's describe and unpark steps share its count. */
    private final ConcurrentMap<String, AtomicLong> parkedByTask = new ConcurrentHashMap<>();
    private volatile Meters meters;

    @Override
    public void bindTo(MeterRegistry registry) {
        meters = new Meters(registry);
        Gauge.builder("wirefeed.enrich.embargo.held", heldByTask,
                held -> held.values().stream().mapToLong(Long::longValue).sum())
            .description("Dispatches enriched and held under embargo by this instance, waiting for their time")
            .register(registry);
        Gauge.builder("wirefeed.enrich.parked", parkedByTask,
                parked -> parked.values().stream().mapToLong(AtomicLong::get).sum())
            .description("Dispatches described and parked by this instance, waiting for their verdict from the dedupe "
                + "step: near 0 when nothing flows, or a verdict was lost")
            .register(registry);
    }

    /** How many dispatches a task holds under embargo now. */
    public void held(String task, long count) {
        heldByTask.put(task, count);
    }

    /** A task left this instance (closed, or moved in a rebalance): what it holds is counted where it went. */
    public void heldElsewhere(String task) {
        heldByTask.remove(task);
    }

    /** The count of dispatches a task has parked, kept by its describe and unpark steps (one thread). */
    public AtomicLong parked(String task) {
        return parkedByTask.computeIfAbsent(task, name -> new AtomicLong());
    }

    /** A task left this instance: what it has parked is counted where it went. */
    public void parkedElsewhere(String task) {
        parkedByTask.remove(task);
    }

    /** Counts an embargoed dispatch released at its time. */
    public void released() {
        bound().released.increment();
    }

    /** Counts an embargoed version that will never be published. */
    public void dropped(EmbargoDrop why) {
        bound().dropped.get(why).increment();
    }

    /** Counts an enriched dispatch, its topics, and its latency. */
    public void enriched(EnrichedDispatch dispatch) {
        Meters bound = bound();
        bound.verdicts.get(dispatch.getDedupe().getVerdict()).increment();
        for (MediaTopic topic : dispatch.getTopics()) {
            bound.topics.computeIfAbsent(topic.getCode(), bound::topic).increment();
        }
        Duration age = Duration.between(dispatch.getReceivedAt(), dispatch.getEnrichedAt());
        bound.latency.record(age.isNegative() ? Duration.ZERO : age);
    }

    /** Counts a ruling that found no dispatch parked for it (none should: each is a dispatch not published). */
    public void unmatchedRuling() {
        bound().unmatched.increment();
    }

    /** Counts a dispatch the dedupe step could not judge, published as UNIQUE (none should be). */
    public void unjudged() {
        bound().unjudged.increment();
    }

    /** Counts an alert raised. */
    public void alert(Alert alert) {
        Meters bound = bound();
        bound.rules.computeIfAbsent(alert.getRule(), bound::rule).increment();
    }

    private Meters bound() {
        Meters bound = meters;
        if (bound == null) {
            throw new IllegalStateException("EnrichMetrics records only once bound to a registry (bindTo)");
        }
        return bound;
    }

    /** The meters of one registry. */
    private static final class Meters {

        private final MeterRegistry registry;
        private final Timer latency;
        private final Map<DedupeVerdict, Counter> verdicts = new EnumMap<>(DedupeVerdict.class);
        private final ConcurrentMap<String, Counter> topics = new ConcurrentHashMap<>();
        private final ConcurrentMap<String, Counter> rules = new ConcurrentHashMap<>();
        private final Counter released;
        private final Counter unmatched;
        private final Counter unjudged;
        private final Map<EmbargoDrop, Counter> dropped = new EnumMap<>(EmbargoDrop.class);

        Meters(MeterRegistry registry) {
            this.registry = registry;
            this.latency = Timer.builder("wirefeed.enrich.latency")
                .description("Time from ingest receiving a dispatch to its enrichment")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
            for (DedupeVerdict verdict : DedupeVerdict.values()) {
                verdicts.put(verdict, Counter.builder("wirefeed.enrich.enriched")
                    .description("Dispatches enriched, by dedupe verdict")
                    .tag("verdict", verdict.name().toLowerCase(Locale.ROOT))
                    .register(registry));
            }
            unmatched = Counter.builder("wirefeed.enrich.rulings.unmatched")
                .description("Verdicts that came back from the dedupe step and found no dispatch parked for them")
                .register(registry);
            unjudged = Counter.builder("wirefeed.enrich.dedupe.unjudged")
                .description("Dispatches the dedupe step failed to judge, published as UNIQUE, their own story")
                .register(registry);
            released = Counter.builder("wirefeed.enrich.embargo.released")
                .description("Embargoed dispatches released to the enriched topic at their embargo's end")
                .register(registry);
            for (EmbargoDrop why : EmbargoDrop.values()) {
                dropped.put(why, Counter.builder("wirefeed.enrich.embargo.dropped")
                    .description("Embargoed versions never published: replaced by a later version, killed, or re-sent")
                    .tag("reason", why.name().toLowerCase(Locale.ROOT))
                    .register(registry));
            }
        }

        Counter topic(String code) {
            return Counter.builder("wirefeed.enrich.topics")
                .description("Topics assigned, by IPTC Media Topic code")
                .tag("topic", code)
                .register(registry);
        }

        Counter rule(String rule) {
            return Counter.builder("wirefeed.enrich.alerts")
                .description("Alerts raised, by rule")
                .tag("rule", rule)
                .register(registry);
        }
    }
}
