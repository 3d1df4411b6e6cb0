package io.wirefeed.service.deadletters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirefeed dead-letters show ID}: one dead letter whole. */
@Command(name = "show",
    mixinStandardHelpOptions = true,
    description = {
        "Prints one dead letter whole: stage, reason, error type, source, content type, when it failed, its",
        "record's key and headers, what a replay would do with it now, and the original bytes: as text when",
        "they are text, else their size, SHA-256 and a hex dump of the first bytes. Writes nothing to Kafka."})
final class ShowLetterCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LetterOptions options;

    @Parameters(index = "0", paramLabel = "ID", description = "The letter: partition/offset on the dead-letter topic, "
        + "or topic/partition/offset.")
    private String id;

    @Option(names = "--base64", description = "Also print the whole original as base64.")
    private boolean base64;

    @Option(names = "--save", paramLabel = "FILE", description = "Also write the original bytes, exactly, to this new "
        + "file (to fix them by hand and drop them into the drop folder's incoming/).")
    private Path save;

    @Override
    public Integer call() throws IOException {
        try (DeadLetterAccess access = new DeadLetterAccess(options.settings())) {
            DeadLetterTopic topic = access.topic();
            LetterId letterId = letterId(topic.name());
            StoredLetter letter = topic.at(letterId);
            if (letter == null) {
                spec.commandLine().getErr().println("No committed record at " + letterId);
                return 1;
            }
            Outcome outcome = access.replays(Clock.systemUTC()).judge(letter, access.ledgerEntries()::get, false);
            PrintWriter out = spec.commandLine().getOut();
            out.print(new LetterView(letter, outcome).render(base64));
            if (save != null) {
                Files.write(save, letter.original(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                out.println("Original written to " + save);
            }
            out.flush();
            return 0;
        }
    }

    private LetterId letterId(String topic) {
        try {
            return LetterId.parse(id, topic);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
