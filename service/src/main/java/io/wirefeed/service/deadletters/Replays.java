package io.wirefeed.service.deadletters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.ingest.Intake;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Stage;
import io.wirefeed.serde.RegistryUnavailableException;

/**
 * Judges what today's ingest makes of a dead letter, writing nothing. An ingest letter's original is read as the
 * drop folder reads a file ({@link Intake}: size limit, today's parsers, version bound), as of the time it failed
 * (datelines without a year are read against it); an enrichment letter's original is a {@code Dispatch} record,
 * read with its schema, to go through today's enrichment. A dispatch keeps the id and version its original gives
 * it, which is what makes a replay idempotent: one that already went through is a DUPLICATE in enrichment. Its
 * {@code receivedAt} is the time of the replay, when ingest took it in, so that enrichment's memory of it lasts a
 * whole retention from then.
 */
public final class Replays {

    /** Reads an enrichment letter's original, a record of the dispatches topic. */
    @FunctionalInterface
    public interface RecordReader {
        Dispatch read(byte[] value);
    }

    /** What {@code DeadLetters.cut} adds to the reason of a letter whose original was cut to fit a record. */
    private static final Pattern CUT = Pattern.compile("original of (\\d+) bytes cut to its first (\\d+).*?SHA-256 of "
        + "the whole: ([0-9a-f]{64})");

    private final Intake intake;
    private final RecordReader records;
    private final Clock clock;

    public Replays(Intake intake, RecordReader records, Clock clock) {
        this.intake = intake;
        this.records = records;
        this.clock = clock;
    }

    /** The key under which ingest's publication ledger records that a letter was replayed. */
    public static String ledgerKey(LetterId id) {
        return "replay:" + id;
    }

    /**
     * What a replay does with the letter now, given the publication ledger's entries ({@code ledger} answers null
     * for a key it does not hold): a letter replayed before is left alone unless {@code again}.
     */
    public Outcome judge(StoredLetter stored, UnaryOperator<String> ledger, boolean again) {
        String before = ledger.apply(ledgerKey(stored.id()));
        if (before != null && !again) {
            return Outcome.replayedBefore(before + " (--again sends it once more)");
        }
        return judge(stored);
    }

    /** What today's ingest makes of the letter, whether or not it was replayed before. */
    public Outcome judge(StoredLetter stored) {
        if (!stored.readable()) {
            return Outcome.notReplayable("the record is " + stored.unreadable());
        }
        DeadLetter letter = stored.letter();
        if (letter.getStage() != Stage.INGEST && letter.getStage() != Stage.ENRICH) {
            return Outcome.notReplayable("a dead letter of stage " + letter.getStage() + ": only ingest's and "
                + "enrichment's are replayed");
        }
        RawDocument document = new RawDocument(stored.original(), letter.getContentType(), letter.getSource(),
            stored.failedAt());
        String missing = missing(letter.getReason(), document);
        if (missing != null) {
            return Outcome.notReplayable(missing);
        }
        return letter.getStage() == Stage.INGEST ? parse(document) : reread(document.bytes());
    }

    /**
     * The agencies of the dispatches in the letter's original, as far as today's parsers (or the record's schema)
     * tell, whatever the limits: those of the dispatches a replay would publish, else those a refused document
     * names all the same (a version beyond the bound still says whose it is). Empty when nothing can be read.
     */
    public Set<String> agencies(StoredLetter stored, Outcome outcome) {
        List<Dispatch> dispatches = outcome.dispatches();
        if (dispatches.isEmpty() && outcome.kind() == Outcome.Kind.REFUSED) {
            DeadLetter letter = stored.letter();
            try {
                dispatches = letter.getStage() == Stage.INGEST ? intake.parse(new RawDocument(stored.original(),
                    letter.getContentType(), letter.getSource(), stored.failedAt())) : List.of();
            } catch (InvalidDispatchException e) {
                dispatches = List.of();
            }
        }
        Set<String> agencies = new TreeSet<>();
        dispatches.stream().map(Dispatch::getAgency).filter(name -> name != null && !name.isBlank())
            .forEach(agencies::add);
        return agencies;
    }

    /** Why the original cannot stand for what was received, or null when it is whole. */
    static String missing(String reason, RawDocument original) {
        Matcher cut = CUT.matcher(reason);
        if (cut.find() && !cut.group(3).equals(original.sha256())) {
            return "only the first " + original.bytes().length + " of the original's " + cut.group(1)
                + " bytes were kept";
        }
        if (original.bytes().length == 0) {
            return "its original bytes were not kept (see the reason)";
        }
        return null;
    }

    private Outcome parse(RawDocument document) {
        try {
            List<Dispatch> dispatches = intake.read(document);
            if (dispatches.isEmpty()) {
                return Outcome.refused("The document holds no dispatch", InvalidDispatchException.class.getName());
            }
            return Outcome.accepted(receivedNow(dispatches));
        } catch (InvalidDispatchException e) {
            return Outcome.refused(e.getMessage(), (e.getCause() == null ? e : e.getCause()).getClass().getName());
        }
    }

    private Outcome reread(byte[] original) {
        try {
            return Outcome.accepted(receivedNow(List.of(records.read(original))));
        } catch (RuntimeException e) {
            if (RegistryUnavailableException.causedBy(e)) {
                throw e;
            }
            return Outcome.refused("The original is not a readable Dispatch record: " + e.getMessage(),
                e.getClass().getName());
        }
    }

    private List<Dispatch> receivedNow(List<Dispatch> dispatches) {
        List<Dispatch> now = new ArrayList<>(dispatches.size());
        for (Dispatch dispatch : dispatches) {
            now.add(Dispatch.newBuilder(dispatch).setReceivedAt(clock.instant()).build());
        }
        return now;
    }
}
