package io.wirefeed.service.deadletters;

import java.util.List;

import io.wirefeed.schema.Dispatch;

/**
 * What becomes of a dead letter sent through today's ingest: its dispatches are published, or it is refused again
 * (with the reason, as a new dead letter), or it cannot be replayed at all (nothing is written; it stays where it
 * is), or it was replayed before.
 *
 * @param dispatches what would be published (ACCEPTED only)
 * @param reason     why it is refused, skipped, or what the earlier replay did; null when accepted
 * @param errorType  the class of the error that refused it, if any
 */
public record Outcome(Kind kind, List<Dispatch> dispatches, String reason, String errorType) {

    /** The four ways a replay can end for one letter. */
    public enum Kind {
        ACCEPTED, REFUSED, NOT_REPLAYABLE, REPLAYED_BEFORE
    }

    public Outcome {
        dispatches = List.copyOf(dispatches);
    }

    public static Outcome accepted(List<Dispatch> dispatches) {
        return new Outcome(Kind.ACCEPTED, dispatches, null, null);
    }

    public static Outcome refused(String reason, String errorType) {
        return new Outcome(Kind.REFUSED, List.of(), reason, errorType);
    }

    public static Outcome notReplayable(String why) {
        return new Outcome(Kind.NOT_REPLAYABLE, List.of(), why, null);
    }

    public static Outcome replayedBefore(String what) {
        return new Outcome(Kind.REPLAYED_BEFORE, List.of(), what, null);
    }
}
