package io.wirefeed.service.console;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.service.deadletters.DeadLetterAccess;
import io.wirefeed.service.deadletters.DeadLetterTopic;
import io.wirefeed.service.deadletters.LetterFacts;
import io.wirefeed.service.deadletters.LetterId;
import io.wirefeed.service.deadletters.Outcome;
import io.wirefeed.service.deadletters.ReplayRun;
import io.wirefeed.service.deadletters.Replays;
import io.wirefeed.service.deadletters.Selection;
import io.wirefeed.service.deadletters.StoredLetter;

/**
 * The dead letters for the console: a listing (the newest {@code shown} letters with their reasons, and counts by
 * stage over all of them), and the replay of one letter, which is {@code wirefeed dead-letters replay --id} run
 * here: the same {@link ReplayRun}, under the same settings, ledger and transactional id, so a letter replayed
 * from the page is not replayed again by the command, nor the other way round. One replay at a time; the listing
 * is read again at most every few seconds.
 */
final class DeadLetterDesk implements AutoCloseable {

    private static final Duration FRESH = Duration.ofSeconds(3);

    /** One letter as listed. {@code replayed} is what the ledger says of an earlier replay, or null. */
    record Row(String id, String stage, String reason, String format, String failedAt, String replayed,
               String replayOf) {
    }

    /** The listing: how many letters in all, by stage, and the newest rows (newest first). */
    record Listing(String topic, long total, Map<String, Long> byStage, List<Row> letters) {
        Listing {
            byStage = Map.copyOf(byStage);
            letters = List.copyOf(letters);
        }
    }

    /** What a replay did: its lines, as the command prints them, and the tally. */
    record Result(List<String> lines, Map<Outcome.Kind, Integer> tally) {
        Result {
            lines = List.copyOf(lines);
            tally = Map.copyOf(tally);
        }
    }

    private final DeadLetterAccess access;
    private final int shown;
    private final Clock clock;
    private Listing listing;
    private Instant listedAt;

    DeadLetterDesk(DeadLetterAccess access, int shown, Clock clock) {
        this.access = access;
        this.shown = shown;
        this.clock = clock;
    }

    String topic() {
        return access.config().topics().deadLetters();
    }

    synchronized Listing listing() {
        Instant now = clock.instant();
        if (listing != null && Duration.between(listedAt, now).compareTo(FRESH) < 0) {
            return listing;
        }
        Map<String, String> ledger = access.ledgerEntries();
        RecentRecords<Row> rows = new RecentRecords<>(shown);
        Map<String, Long> byStage = new TreeMap<>();
        long[] total = {0};
        DeadLetterTopic topic = access.topic();
        topic.forEach(letter -> {
            LetterFacts facts = LetterFacts.of(letter);
            total[0]++;
            byStage.merge(facts.stage(), 1L, Long::sum);
            rows.add(row(letter, facts, ledger.get(Replays.ledgerKey(letter.id()))));
        });
        listing = new Listing(topic.name(), total[0], byStage, rows.newest(row -> true, shown));
        listedAt = now;
        return listing;
    }

    private static Row row(StoredLetter letter, LetterFacts facts, String replayed) {
        String replayOf = null;
        for (Map.Entry<String, byte[]> header : letter.headers()) {
            if (header.getKey().equals(ReplayRun.REPLAY_OF_HEADER) && header.getValue() != null) {
                replayOf = new String(header.getValue(), StandardCharsets.UTF_8);
            }
        }
        return new Row(letter.id().toString(), facts.stage(),
            letter.readable() ? letter.letter().getReason() : letter.unreadable(), facts.format(),
            letter.failedAt().toString(), replayed, replayOf);
    }

    /** Replays one letter through today's ingest, as {@code wirefeed dead-letters replay --id ID} does. */
    synchronized Result replay(LetterId id) {
        StringWriter lines = new StringWriter();
        Map<Outcome.Kind, Integer> tally;
        try (PublicationLedger ledger = access.openLedger()) {
            ReplayRun.Request request = new ReplayRun.Request(new Selection(Set.of(), null, null, null, null,
                Set.of(id)), false, 1);
            tally = new ReplayRun(access.topic(), access.replays(clock), ledger, ledger::get, clock)
                .run(request, new PrintWriter(lines), new PrintWriter(Writer.nullWriter()));
        }
        listing = null;
        List<String> out = new ArrayList<>();
        lines.toString().lines().filter(line -> !line.isBlank()).forEach(out::add);
        return new Result(out, new EnumMap<>(tally));
    }

    @Override
    public void close() {
        access.close();
    }
}
