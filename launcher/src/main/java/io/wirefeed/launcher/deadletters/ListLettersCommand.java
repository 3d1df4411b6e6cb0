package io.wirefeed.launcher.deadletters;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirefeed dead-letters list}: how many dead letters, of which stage, reason, format, agency and hour. */
@Command(name = "list",
    mixinStandardHelpOptions = true,
    description = {
        "Counts the dead letters (or those selected) by stage, reason (its first clause, particulars left out),",
        "format (the declared content type, else the one detected), agency (when today's ingest reads the letter),",
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
            Selection selection = selection(topic.name());
            Replays replays = access.replays(Clock.systemUTC());
            Map<String, String> ledger = access.ledgerEntries();
            LetterCounts counts = new LetterCounts();
            topic.forEach(letter -> {
                LetterFacts facts = LetterFacts.of(letter);
                if (selection.matches(letter, facts)) {
                    counts.add(facts, replays.judge(letter, ledger::get, false));
                }
            });
            PrintWriter out = spec.commandLine().getOut();
            out.print(counts.render(topic.name() + (selection.isEverything() ? "" : " (selected)")));
            out.flush();
            return 0;
        }
    }

    private Selection selection(String topic) {
        try {
            return options.selection(topic);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
