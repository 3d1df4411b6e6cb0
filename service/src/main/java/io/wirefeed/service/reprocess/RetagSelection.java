package io.wirefeed.service.reprocess;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;

/**
 * Which records of the enriched topic a reprocess re-tags: the current version of each dispatch received in the
 * range, unless its story was killed, as its last record says it (an earlier re-tag's, when there was one, so that a
 * run after a rule was dropped takes back what the run before it added). Superseded versions keep the tags they were
 * published with (subscribers and the search index hold the current one); a kill is never undone. Fed every record
 * from the range's start to the topic's end, so that later versions, re-tags and kills are seen.
 */
final class RetagSelection {

    /** Where a record is in the enriched topic. */
    record Position(int partition, long offset) {
    }

    /** The last record of a dispatch's current version so far. */
    private record Current(int version, Position last, boolean inRange) {
    }

    /** What was offered and what is chosen. */
    record Counts(long read, long selected, long killed, long updatedAfter, long earlierRetags, long unreadable,
                  String firstUnreadable) {
    }

    private final Instant from;
    private final Instant to;
    private final Map<String, Current> current = new HashMap<>();
    private final Set<String> killed = new HashSet<>();
    private final Set<String> receivedInRange = new HashSet<>();
    private long read;
    private long earlierRetags;
    private long unreadable;
    private String firstUnreadable;

    RetagSelection(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    void offer(Position position, EnrichedDispatch dispatch) {
        read++;
        String id = dispatch.getId();
        Current now = current.get(id);
        if (dispatch.getRetag()) {
            earlierRetags++;
            if (now != null && now.version() == dispatch.getVersion()) {
                current.put(id, new Current(now.version(), position, now.inRange()));
            }
            return;
        }
        boolean inRange = !dispatch.getReceivedAt().isBefore(from) && dispatch.getReceivedAt().isBefore(to);
        if (inRange) {
            receivedInRange.add(id);
        }
        if (dispatch.getDedupe().getVerdict() == DedupeVerdict.KILL) {
            killed.add(id);
            return;
        }
        // A resend of the same version (a DUPLICATE) comes after the version's first record: the first stays.
        if (now == null || dispatch.getVersion() > now.version()) {
            current.put(id, new Current(dispatch.getVersion(), position, inRange));
        }
    }

    /** A record that is no enriched dispatch: counted, and the first named. */
    void unreadable(String where, String problem) {
        read++;
        unreadable++;
        if (firstUnreadable == null) {
            firstUnreadable = where + " " + problem;
        }
    }

    Set<Position> selected() {
        Set<Position> selected = new HashSet<>();
        current.forEach((id, version) -> {
            if (version.inRange() && !killed.contains(id)) {
                selected.add(version.last());
            }
        });
        return selected;
    }

    Counts counts() {
        long selected = 0;
        long killedInRange = 0;
        long updatedAfter = 0;
        for (Map.Entry<String, Current> dispatch : current.entrySet()) {
            if (!dispatch.getValue().inRange()) {
                updatedAfter += receivedInRange.contains(dispatch.getKey()) ? 1 : 0;
            } else if (killed.contains(dispatch.getKey())) {
                killedInRange++;
            } else {
                selected++;
            }
        }
        return new Counts(read, selected, killedInRange, updatedAfter, earlierRetags, unreadable, firstUnreadable);
    }
}
