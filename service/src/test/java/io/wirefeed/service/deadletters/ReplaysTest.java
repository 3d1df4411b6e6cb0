package io.wirefeed.service.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.wirefeed.ingest.InputLimits;
import io.wirefeed.ingest.Intake;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Stage;
import org.junit.jupiter.api.Test;

/** What today's ingest makes of a dead letter: the real parsers and limits, no Kafka. */
class ReplaysTest {

    private static final Instant NOW = Instant.parse("2026-07-08T09:00:00Z");
    private static final String VERSION_REFUSAL = "Dispatch urn:m:1 has version 50, beyond the largest accepted, 11 "
        + "(ingest.max.version.jump)";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private Replays replays(int maxVersion) {
        return new Replays(new Intake(new WireFormats(), new InputLimits(1 << 20, maxVersion)), value -> {
            throw new IllegalArgumentException("not a Dispatch record");
        }, clock);
    }

    @Test
    void aLetterRefusedUnderAnOlderRuleIsReadUnderTodaysWithItsIdAndVersionAndReceivedNow() {
        StoredLetter letter = Letters.ingest(3, VERSION_REFUSAL, Letters.ninjs("urn:m:1", 50), "application/json");

        Outcome before = replays(11).judge(letter);
        Outcome after = replays(1001).judge(letter);

        assertThat(before.kind()).isEqualTo(Outcome.Kind.REFUSED);
        assertThat(before.reason()).contains("version 50, beyond the largest accepted, 11");
        assertThat(after.kind()).isEqualTo(Outcome.Kind.ACCEPTED);
        assertThat(after.dispatches()).singleElement().satisfies(dispatch -> {
            assertThat(dispatch.getId()).isEqualTo("urn:m:1");
            assertThat(dispatch.getVersion()).isEqualTo(50);
            assertThat(dispatch.getReceivedAt()).isEqualTo(NOW);
            assertThat(dispatch.getOriginal().getSource()).isEqualTo("folder:letter-3");
        });
    }

    @Test
    void aRefusedDocumentStillNamesItsAgencyAndABrokenOneNone() {
        StoredLetter refused = Letters.ingest(3, VERSION_REFUSAL, Letters.ninjs("urn:m:1", 50), null);
        StoredLetter broken = Letters.ingest(4, "Malformed XML", "<newsItem><headline>x", null);

        assertThat(replays(11).agencies(refused, replays(11).judge(refused))).containsExactly("Montsame");
        assertThat(replays(11).agencies(broken, replays(11).judge(broken))).isEmpty();
    }

    @Test
    void brokenBytesAreRefusedAgainWithTodaysReason() {
        Outcome outcome = replays(1001).judge(Letters.ingest(4, "Malformed XML", "<newsItem><headline>x", null));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.REFUSED);
        assertThat(outcome.reason()).startsWith("Malformed XML");
        assertThat(outcome.errorType()).isNotBlank();
    }

    @Test
    void lettersWithoutTheirWholeOriginalAreNotReplayed() {
        Outcome empty = replays(1001).judge(Letters.ingest(5, "File of 2000000 bytes is over the limit of 1032192; it "
            + "is kept in failed/", "", null));
        StoredLetter cut = Letters.ingest(6, "Malformed JSON [original of 9000 bytes cut to its first 9 to fit a Kafka "
            + "record; SHA-256 of the whole: " + "ab".repeat(32) + "]", "{\"uri\":\"u", null);

        assertThat(empty.kind()).isEqualTo(Outcome.Kind.NOT_REPLAYABLE);
        assertThat(empty.reason()).contains("not kept");
        assertThat(replays(1001).judge(cut).kind()).isEqualTo(Outcome.Kind.NOT_REPLAYABLE);
        assertThat(replays(1001).judge(cut).reason()).contains("only the first 9 of the original's 9000 bytes");
    }

    @Test
    void aLetterInTheLedgerIsLeftAloneUnlessAskedAgain() {
        StoredLetter letter = Letters.ingest(7, VERSION_REFUSAL, Letters.ninjs("urn:m:1", 50), null);
        Map<String, String> ledger = Map.of(Replays.ledgerKey(letter.id()), "published urn:m:1@50");

        assertThat(replays(1001).judge(letter, ledger::get, false).kind()).isEqualTo(Outcome.Kind.REPLAYED_BEFORE);
        assertThat(replays(1001).judge(letter, ledger::get, false).reason()).startsWith("published urn:m:1@50");
        assertThat(replays(1001).judge(letter, ledger::get, true).kind()).isEqualTo(Outcome.Kind.ACCEPTED);
    }

    @Test
    void anEnrichmentLetterIsItsDispatchRecordAgainOrRefusedWhenItIsNoRecord() {
        Dispatch dispatch = new Replays(new Intake(new WireFormats(), new InputLimits(1 << 20, 11)), value -> null,
            clock).judge(Letters.ingest(1, "x", Letters.ninjs("urn:e:1", 2), null)).dispatches().get(0);
        DeadLetter enrich = DeadLetter.newBuilder().setStage(Stage.ENRICH).setReason("Analysis over its budget")
            .setOriginal(ByteBuffer.wrap(new byte[] {0, 0, 0, 0, 7, 1})).setSource("kafka:wirefeed.dispatches/0/9")
            .setFailedAt(Letters.FAILED_AT).build();
        Replays reading = new Replays(new Intake(new WireFormats(), new InputLimits(1 << 20, 11)), value -> dispatch,
            clock);

        assertThat(reading.judge(Letters.stored(8, enrich)).dispatches()).singleElement()
            .satisfies(again -> assertThat(again.getId()).isEqualTo("urn:e:1"));
        assertThat(replays(11).judge(Letters.stored(8, enrich)).reason())
            .startsWith("The original is not a readable Dispatch record: not a Dispatch record");
    }

    @Test
    void unreadableRecordsAndOtherStagesAreNotReplayed() {
        StoredLetter unreadable = new StoredLetter(new LetterId("t", 0, 1), NOW, null, java.util.List.of(), null,
            "not a DeadLetter: Unknown magic byte");
        DeadLetter sink = DeadLetter.newBuilder().setStage(Stage.SINK).setReason("refused").setOriginal(
            ByteBuffer.wrap(new byte[] {1})).setSource("connect").setFailedAt(NOW).build();

        assertThat(replays(11).judge(unreadable).kind()).isEqualTo(Outcome.Kind.NOT_REPLAYABLE);
        assertThat(replays(11).judge(Letters.stored(2, sink)).reason()).contains("stage SINK");
    }
}
