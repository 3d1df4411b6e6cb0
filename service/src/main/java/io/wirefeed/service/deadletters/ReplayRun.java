package io.wirefeed.service.deadletters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.service.cli.Progress;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Sends the selected dead letters through today's ingest, a batch of letters per Kafka transaction: each letter's
 * dispatches, or (refused again) a new dead letter with the new reason and a {@value #REPLAY_OF_HEADER} header
 * naming the letter it replaces, together with the ledger entry that says the letter was replayed
 * ({@link Replays#ledgerKey} in ingest's publication ledger). A letter replayed before is left alone
 * unless asked for again; then its dispatches are sent again, and enrichment judges them DUPLICATEs of themselves.
 * Without a ledger (a dry run) nothing is written: each letter's line says what would happen.
 */
public final class ReplayRun {

    /** The header of a dead letter written by a replay: the letter it replaces, {@code topic/partition/offset}. */
    public static final String REPLAY_OF_HEADER = "wirefeed.replay.of";

    private final DeadLetterTopic topic;
    private final Replays replays;
    private final PublicationLedger ledger;
    private final UnaryOperator<String> replayedBefore;
    private final Clock clock;

    /** What to replay and how: the selection, whether letters replayed before go again, letters per transaction. */
    public record Request(Selection selection, boolean again, int batchLetters) {
    }

    /**
     * @param ledger         where to write; null for a dry run
     * @param replayedBefore the ledger's entry of a key, or null (a dry run reads the ledger's topic for it)
     */
    public ReplayRun(DeadLetterTopic topic, Replays replays, PublicationLedger ledger,
                     UnaryOperator<String> replayedBefore, Clock clock) {
        this.topic = topic;
        this.replays = replays;
        this.ledger = ledger;
        this.replayedBefore = replayedBefore;
        this.clock = clock;
    }

    /** Replays (or, without a ledger, judges) the selection; returns how many letters ended which way. */
    public Map<Outcome.Kind, Integer> run(Request request, PrintWriter out, PrintWriter progressOut) {
        long[] selected = {0};
        topic.forEach(letter -> selected[0] += request.selection().matches(letter, LetterFacts.of(letter)) ? 1 : 0);
        boolean dryRun = ledger == null;
        out.printf(Locale.ROOT, "%s %,d of the dead letters in %s%n", dryRun ? "Dry run (nothing is written):"
            : "Replaying", selected[0], topic.name());
        out.flush();
        Map<Outcome.Kind, Integer> tally = new EnumMap<>(Outcome.Kind.class);
        Progress progress = new Progress(progressOut, selected[0], "letters", clock, Duration.ofSeconds(1));
        Pending pending = new Pending(request.batchLetters(), progress, out);
        topic.forEach(letter -> {
            if (!request.selection().matches(letter, LetterFacts.of(letter))) {
                return;
            }
            Outcome outcome = replays.judge(letter, replayedBefore, request.again());
            if (dryRun) {
                out.println(line(letter.id(), outcome, true));
                out.flush();
                progress.advance(1);
            } else {
                outcome = pending.add(letter, outcome);
            }
            tally.merge(outcome.kind(), 1, Integer::sum);
        });
        pending.commit();
        progress.finish();
        return tally;
    }

    /** One letter's line: its id and what happened (or would happen) to it. */
    static String line(LetterId id, Outcome outcome, boolean dryRun) {
        String what = switch (outcome.kind()) {
            case ACCEPTED -> (dryRun ? "would be published: " : "published: ") + LetterView.dispatches(outcome);
            case REFUSED -> (dryRun ? "would be refused again: " : "refused again (a new dead letter): ")
                + outcome.reason();
            case NOT_REPLAYABLE -> "cannot be replayed, left as it is: " + outcome.reason();
            case REPLAYED_BEFORE -> "replayed before, skipped: " + outcome.reason();
        };
        return id + "  " + what;
    }

    /** The letters of the current transaction, and their lines, printed once it is committed. */
    private final class Pending {
        private final int size;
        private final Progress progress;
        private final PrintWriter out;
        private final List<String> lines = new ArrayList<>();
        private PublicationLedger.Batch batch;

        Pending(int size, Progress progress, PrintWriter out) {
            this.size = size;
            this.progress = progress;
            this.out = out;
        }

        /** Adds a letter's records; a dispatch too large for a record refuses the letter, as ingest does. */
        Outcome add(StoredLetter letter, Outcome outcome) {
            if (outcome.kind() != Outcome.Kind.ACCEPTED && outcome.kind() != Outcome.Kind.REFUSED) {
                lines.add(line(letter.id(), outcome, false));
                return outcome;
            }
            if (batch == null) {
                batch = ledger.batch();
            }
            Outcome written = outcome;
            if (outcome.kind() == Outcome.Kind.ACCEPTED) {
                try {
                    batch.dispatches(outcome.dispatches());
                    batch.remember(Replays.ledgerKey(letter.id()), "published " + ids(outcome.dispatches()) + " at "
                        + clock.instant());
                } catch (InvalidDispatchException e) {
                    written = Outcome.refused(e.getMessage(), e.getClass().getName());
                }
            }
            if (written.kind() == Outcome.Kind.REFUSED) {
                batch.deadLetter(again(letter.letter(), written), List.<Header>of(new RecordHeader(REPLAY_OF_HEADER,
                    letter.id().toString().getBytes(StandardCharsets.UTF_8))));
                batch.remember(Replays.ledgerKey(letter.id()), "refused again at " + clock.instant());
            }
            lines.add(line(letter.id(), written, false));
            if (lines.size() >= size) {
                commit();
            }
            return written;
        }

        void commit() {
            if (batch != null) {
                batch.commit();
            }
            lines.forEach(out::println);
            out.flush();
            progress.advance(lines.size());
            batch = null;
            lines.clear();
        }
    }

    /** The letter as it is refused now: its original, source and content type, with the new reason and time. */
    private DeadLetter again(DeadLetter letter, Outcome refused) {
        return DeadLetter.newBuilder(letter)
            .setReason(refused.reason())
            .setErrorType(refused.errorType())
            .setFailedAt(clock.instant())
            .build();
    }

    private static String ids(List<Dispatch> dispatches) {
        StringBuilder ids = new StringBuilder();
        for (Dispatch dispatch : dispatches) {
            ids.append(ids.isEmpty() ? "" : ",").append(dispatch.getId()).append('@').append(dispatch.getVersion());
        }
        return ids.toString();
    }
}
