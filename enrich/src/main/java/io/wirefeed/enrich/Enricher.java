package io.wirefeed.enrich;

import java.time.Clock;
import java.time.Duration;

import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.InMemoryDedupeStore;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;

/**
 * Enrichment of one dispatch after another in one process, as {@code enrich-file} runs it: the stateless steps,
 * then versions and duplicates against everything enriched before. The topology runs the same two parts, the
 * second on a partition of its own.
 */
public final class Enricher {

    private final DispatchDescriber describer;
    private final Deduplicator deduplicator;
    private final Clock clock;

    public Enricher(DispatchDescriber describer, Deduplicator deduplicator, Clock clock) {
        this.describer = describer;
        this.deduplicator = deduplicator;
        this.clock = clock;
    }

    /** Versions and duplicates remembered in this process for {@code retention}, on the system clock. */
    public static Enricher inMemory(DispatchDescriber describer, Duration retention) {
        return new Enricher(describer, new Deduplicator(new InMemoryDedupeStore(), retention), Clock.systemUTC());
    }

    public EnrichedDispatch enrich(Dispatch dispatch) {
        return deduplicator.apply(describer.describe(dispatch, clock.instant()));
    }
}
