package io.wirefeed.service.deadletters;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import io.wirefeed.ingest.kafka.PublicationLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirefeed dead-letters replay}: a selection of dead letters through today's ingest. */
@Command(name = "replay",
    mixinStandardHelpOptions = true,
    description = {
        "Sends the selected dead letters through today's ingest: an ingest letter's original is read as a",
        "dropped file is (size limit, parsers, version bound, as the settings say), an enrichment letter's",
        "original (a Dispatch record) is sent to the dispatches topic again for today's enrichment. What is read",
        "is published; what is still refused becomes a new dead letter with the new reason (header",
        "wirefeed.replay.of names the letter it replaces). Each batch of letters is one Kafka transaction with",
        "ingest's ledger entries saying they were replayed, so a letter is not replayed twice unless --again;",
        "a dispatch that already went through comes out of enrichment as a DUPLICATE, not a second story.",
        "A selection is required (--all for every letter)."})
final class ReplayLettersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LetterOptions options;

    @Option(names = "--dry-run", description = "Say, letter by letter, what would happen; write nothing.")
    private boolean dryRun;

    @Option(names = "--again", description = "Also replay letters replayed before.")
    private boolean again;

    @Option(names = "--all", description = "Replay every letter, when no criterion is given.")
    private boolean all;

    @Override
    public Integer call() {
        try (DeadLetterAccess access = new DeadLetterAccess(options.settings())) {
            DeadLetterTopic topic = access.topic();
            Selection selection = selection(topic.name());
            ReplayRun.Request request = new ReplayRun.Request(selection, again,
                access.config().getInt(DeadLettersConfig.BATCH_LETTERS_CONFIG));
            PrintWriter out = spec.commandLine().getOut();
            Map<Outcome.Kind, Integer> tally;
            if (dryRun) {
                Map<String, String> ledger = access.ledgerEntries();
                tally = new ReplayRun(topic, access.replays(Clock.systemUTC()), null, ledger::get, Clock.systemUTC())
                    .run(request, out, spec.commandLine().getErr());
            } else {
                try (PublicationLedger ledger = access.openLedger()) {
                    tally = new ReplayRun(topic, access.replays(Clock.systemUTC()), ledger, ledger::get,
                        Clock.systemUTC()).run(request, out, spec.commandLine().getErr());
                }
            }
            out.println(summary(tally, dryRun));
            out.flush();
            return 0;
        }
    }

    private Selection selection(String topic) {
        Selection selection = options.selection(topic, spec.commandLine());
        if (selection.isEverything() && !all) {
            throw new ParameterException(spec.commandLine(), "Say which letters to replay (--reason, --format, "
                + "--stage, --from, --to, --id), or --all for every one");
        }
        return selection;
    }

    static String summary(Map<Outcome.Kind, Integer> tally, boolean dryRun) {
        return String.format(Locale.ROOT, "%s %d, %s %d, cannot be replayed %d, replayed before %d",
            dryRun ? "Would be published:" : "Published:", tally.getOrDefault(Outcome.Kind.ACCEPTED, 0),
            dryRun ? "would be refused again" : "refused again", tally.getOrDefault(Outcome.Kind.REFUSED, 0),
            tally.getOrDefault(Outcome.Kind.NOT_REPLAYABLE, 0), tally.getOrDefault(Outcome.Kind.REPLAYED_BEFORE, 0));
    }
}
