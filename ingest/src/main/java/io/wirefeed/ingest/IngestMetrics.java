package io.wirefeed.ingest;

import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.wirefeed.ingest.format.ParseWarning;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;

/**
 * The ingest service's own meters: dispatches received by input and format, published by input, rejected
 * by input and reason, documents dead-lettered, parse warnings by format and warning. Reasons and warnings are
 * small fixed sets, never a message, so that the number of series stays bounded.
 */
public final class IngestMetrics {

    /** Why a delivery was turned away. */
    public enum Rejection {
        INVALID, UNAUTHORIZED, FORBIDDEN, TOO_LARGE, OVERLOADED, UNAVAILABLE, BAD_REQUEST
    }

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Known series start at zero, so that a rate() or an alert sees them before the first event.
        for (Rejection reason : Rejection.values()) {
            rejectedCounter("http", reason);
        }
        deadLetteredCounter("folder");
        deadLetteredCounter("feed");
    }

    /** The dispatches read from one delivery, and the warnings their parse recorded on them. */
    public void received(String input, List<Dispatch> dispatches) {
        if (dispatches.isEmpty()) {
            return;
        }
        Counter.builder("wirefeed.ingest.received")
            .description("Dispatches read from a delivery, by input and wire format")
            .tag("input", input).tag("format", formatTag(dispatches.get(0).getFormat()))
            .register(registry).increment(dispatches.size());
        for (Dispatch dispatch : dispatches) {
            for (String warning : dispatch.getWarnings()) {
                // A code this build does not know (none today) is not counted rather than made a label.
                ParseWarning.of(warning).ifPresent(known -> warnedCounter(dispatch.getFormat(), known).increment());
            }
        }
    }

    public void published(String input, int dispatches) {
        Counter.builder("wirefeed.ingest.published")
            .description("Dispatches Kafka acknowledged, by input")
            .tag("input", input)
            .register(registry).increment(dispatches);
    }

    public void rejected(String input, Rejection reason) {
        rejectedCounter(input, reason).increment();
    }

    public void deadLettered(String input) {
        deadLetteredCounter(input).increment();
    }

    private Counter rejectedCounter(String input, Rejection reason) {
        return Counter.builder("wirefeed.ingest.rejected")
            .description("Deliveries turned away, by input and reason")
            .tag("input", input).tag("reason", reason.name().toLowerCase(Locale.ROOT))
            .register(registry);
    }

    private Counter warnedCounter(SourceFormat format, ParseWarning warning) {
        return Counter.builder("wirefeed.ingest.warnings")
            .description("Dispatches let through with part of them unread, by wire format and warning")
            .tag("format", formatTag(format)).tag("warning", warning.code())
            .register(registry);
    }

    private static String formatTag(SourceFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private Counter deadLetteredCounter(String input) {
        return Counter.builder("wirefeed.dead.letters")
            .description("Records sent to the dead-letter topic, by stage and input")
            .tag("stage", "ingest").tag("input", input)
            .register(registry);
    }
}
