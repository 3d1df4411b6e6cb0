package io.wirefeed.launcher;

import io.wirefeed.launcher.bench.BenchCommand;
import io.wirefeed.launcher.bench.BenchSinksCommand;
import io.wirefeed.launcher.local.DataDirectoryLock;
import io.wirefeed.launcher.local.LocalCommand;
import io.wirefeed.service.CommandErrors;
import io.wirefeed.service.WirefeedVersion;
import io.wirefeed.service.console.ConsoleCommand;
import io.wirefeed.service.deadletters.DeadLettersCommand;
import io.wirefeed.service.enrich.EnrichCommand;
import io.wirefeed.service.enrich.EnrichFileCommand;
import io.wirefeed.service.ingest.IngestCommand;
import io.wirefeed.service.ingest.ParseCommand;
import io.wirefeed.service.reprocess.ReprocessCommand;
import io.wirefeed.service.schemas.RegisterSchemasCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/wirefeed}: one command line for the local stack, the services and the offline tools. The services'
 * commands are the image's ({@code io.wirefeed.service.WirefeedService}); {@code local}, {@code bench} and
 * {@code bench-sinks} are this module's, since they start embedded servers or generate load.
 */
@Command(name = "wirefeed",
    mixinStandardHelpOptions = true,
    versionProvider = WirefeedVersion.class,
    description = "Stream processing for news wire dispatches: ingest, enrich, sink.",
    subcommands = {LocalCommand.class, IngestCommand.class, EnrichCommand.class, ParseCommand.class,
        EnrichFileCommand.class, RegisterSchemasCommand.class, DeadLettersCommand.class, BenchCommand.class,
        BenchSinksCommand.class, ReprocessCommand.class, ConsoleCommand.class,
        CommandLine.HelpCommand.class})
public final class Wirefeed {

    /** The logging configuration of the command line; the stack's jar carries the tests' one, which would win. */
    static final String LOG_CONFIG = "log4j2-launcher.xml";

    /**
     * The command line with its error handling: a bad setting or rule file ({@link CommandErrors}), or a data
     * directory in use, is one line on stderr and exit code 2.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Wirefeed());
        CommandErrors operatorErrors = new CommandErrors();
        commandLine.setExecutionExceptionHandler((error, command, parsed) -> {
            if (error instanceof DataDirectoryLock.DataDirectoryInUseException) {
                command.getErr().println(error.getMessage());
                return 2;
            }
            return operatorErrors.handleExecutionException(error, command, parsed);
        });
        return commandLine;
    }

    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", LOG_CONFIG);
        }
        int exitCode = commandLine().execute(args);
        // CHECKSTYLE:OFF RegexpSingleline - the launcher's main is the one place that ends the JVM.
        System.exit(exitCode);
        // CHECKSTYLE:ON
    }
}
