package io.wirefeed.launcher.reprocess;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;

/**
 * Which records of the enriched topic a reprocess re-tags: the current version of each dispatch received in the
 * range, unless its story was killed. Superseded versions keep the tags they were published with (subscribers and
 * the search index hold the current one); a kill is never undone by a re-tag, and earlier re-tags are not re-tagged
 * themselves (their version's first record is). Fed every record from the range's start to the topic's end, so
 * that later versions and kills are seen.
 */
final class RetagSelection {

    /** Where a record is in the enriched topic. */
    record Position(int partition, long offset) {
    }

    private record Latest(int version, Position position, boolean inRange) {
    }

    private final Instant from;
    private final Instant to;
    private final Map<String, Latest> latest = new HashMap<>();
    private final Set<String> killed = new HashSet<>();
    private long read;
    private long earlierRetags;

    RetagSelection(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    void offer(Position position, EnrichedDispatch dispatch) {
        read++;
        if (dispatch.getRetag()) {
            earlierRetags++;
            return;
        }
        String id = dispatch.getId();
        if (dispatch.getDedupe().getVerdict() == DedupeVerdict.KILL) {
            killed.add(id);
            return;
        }
        Latest current = latest.get(id);
        // A resend of the same version (a DUPLICATE) comes after the version's first record: the first stays.
        if (current == null || dispatch.getVersion() > current.version()) {
            Instant received = dispatch.getReceivedAt();
            latest.put(id, new Latest(dispatch.getVersion(), position,
                !received.isBefore(from) && received.isBefore(to)));
        }
    }

    /** What was offered and what is chosen. */
    record Counts(long read, long selected, long outsideRange, long killed, long earlierRetags) {
    }

    Set<Position> selected() {
        Set<Position> selected = new HashSet<>();
        latest.forEach((id, version) -> {
            if (version.inRange() && !killed.contains(id)) {
                selected.add(version.position());
            }
        });
        return selected;
    }

    Counts counts() {
        long inRange = latest.values().stream().filter(Latest::inRange).count();
        long selected = selected().size();
        return new Counts(read, selected, latest.size() - inRange, inRange - selected, earlierRetags);
    }
}
