package io.wirefeed.service.deadletters;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirefeed dead-letters list}: how many dead letters, of which stage, reason, format, agency and hour. */
@Command(name = "list",
    mixinStandardHelpOptions = true,
    description = {
        "Counts the dead letters (or those selected) by stage, reason (its first clause, particulars left out),",
        "format (the declared content type, else the one detected), agency (when today's parsers read it),",
        "hour, and what a replay would do with them now. Writes nothing."})
final class ListLettersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LetterOptions options;

    @Override
    public Integer call() {
        try (DeadLetterAccess access = new DeadLetterAccess(options.settings())) {
            DeadLetterTopic topic = access.topic();
            Selection selection = options.selection(topic.name(), spec.commandLine());
            Replays replays = access.replays(Clock.systemUTC());
            Map<String, String> ledger = access.ledgerEntries();
            LetterCounts counts = new LetterCounts();
            topic.forEach(letter -> {
                LetterFacts facts = LetterFacts.of(letter);
                if (selection.matches(letter, facts)) {
                    Outcome outcome = replays.judge(letter, ledger::get, false);
                    counts.add(facts, outcome, replays.agencies(letter, outcome));
                }
            });
            PrintWriter out = spec.commandLine().getOut();
            out.print(counts.render(topic.name() + (selection.isEverything() ? "" : " (selected)")));
            out.flush();
            return 0;
        }
    }
}
