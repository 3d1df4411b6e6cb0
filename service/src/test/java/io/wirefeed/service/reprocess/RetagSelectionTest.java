package io.wirefeed.service.reprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.wirefeed.service.reprocess.RetagSelection.Position;
import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import org.junit.jupiter.api.Test;

class RetagSelectionTest {

    private static final Instant FROM = Instant.parse("2027-06-07T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-06-08T00:00:00Z");

    private final RetagSelection selection = new RetagSelection(FROM, TO);
    private long offset;

    @Test
    void theCurrentVersionOfEachDispatchReceivedInTheRangeUnlessKilled() {
        Position first = offer("a", 1, DedupeVerdict.UNIQUE, "2027-06-07T08:00:00Z");
        Position current = offer("b", 1, DedupeVerdict.UNIQUE, "2027-06-07T09:00:00Z");
        offer("b", 1, DedupeVerdict.DUPLICATE, "2027-06-07T09:05:00Z");     // a resend: the first record stays
        offer("c", 1, DedupeVerdict.UNIQUE, "2027-06-07T10:00:00Z");
        Position update = offer("c", 2, DedupeVerdict.UPDATE, "2027-06-07T11:00:00Z");
        offer("d", 1, DedupeVerdict.UNIQUE, "2027-06-07T12:00:00Z");
        offer("d", 2, DedupeVerdict.KILL, "2027-06-07T13:00:00Z");
        offer("e", 1, DedupeVerdict.UNIQUE, "2027-06-06T23:59:59Z");         // before the range
        offer("f", 1, DedupeVerdict.UNIQUE, "2027-06-07T14:00:00Z");
        offer("f", 2, DedupeVerdict.UPDATE, "2027-06-08T00:00:00Z");         // updated after the range ends
        selection.unreadable("wirefeed.enriched/0/99", "unreadable: Unknown magic byte");

        assertThat(selection.selected()).containsExactlyInAnyOrder(first, current, update);
        assertThat(selection.counts()).isEqualTo(new RetagSelection.Counts(11, 3, 1, 1, 0, 1,
            "wirefeed.enriched/0/99 unreadable: Unknown magic byte"));
    }

    @Test
    void anEarlierRetagOfTheCurrentVersionIsWhatIsReTaggedAndComparedButNotOneOfAnOlderVersion() {
        offer("a", 1, DedupeVerdict.UNIQUE, "2027-06-07T08:00:00Z");
        Position retagged = retag("a", 1);
        offer("b", 1, DedupeVerdict.UNIQUE, "2027-06-07T09:00:00Z");
        Position update = offer("b", 2, DedupeVerdict.UPDATE, "2027-06-07T10:00:00Z");
        retag("b", 1);                                                          // late, of a superseded version

        assertThat(selection.selected()).containsExactlyInAnyOrder(retagged, update);
        assertThat(selection.counts().earlierRetags()).isEqualTo(2);
    }

    private Position retag(String id, int version) {
        Position position = new Position(0, offset++);
        EnrichedDispatch retag = dispatch(id, version, DedupeVerdict.UNIQUE, "2027-06-07T08:00:00Z");
        retag.setRetag(true);
        selection.offer(position, retag);
        return position;
    }

    private Position offer(String id, int version, DedupeVerdict verdict, String received) {
        Position position = new Position(0, offset++);
        selection.offer(position, dispatch(id, version, verdict, received));
        return position;
    }

    private static EnrichedDispatch dispatch(String id, int version, DedupeVerdict verdict, String received) {
        EnrichedDispatch dispatch = new EnrichedDispatch();
        dispatch.setId(id);
        dispatch.setVersion(version);
        dispatch.setReceivedAt(Instant.parse(received));
        dispatch.setDedupe(Dedupe.newBuilder().setVerdict(verdict).build());
        return dispatch;
    }
}
