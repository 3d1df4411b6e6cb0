package io.wirefeed.launcher;

import io.wirefeed.enrich.topic.InvalidRulesException;
import io.wirefeed.launcher.bench.BenchCommand;
import io.wirefeed.launcher.bench.BenchSinksCommand;
import io.wirefeed.launcher.console.ConsoleCommand;
import io.wirefeed.launcher.deadletters.DeadLettersCommand;
import io.wirefeed.launcher.local.DataDirectoryLock;
import io.wirefeed.launcher.local.LocalCommand;
import io.wirefeed.launcher.reprocess.ReprocessCommand;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/wirefeed}: one command line for the local stack, the services and the offline tools. */
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
     * The command line with its error handling: a bad setting or rule file, or a data directory in use, is one
     * line on stderr and exit code 2.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Wirefeed());
        commandLine.setExecutionExceptionHandler((error, command, parsed) -> {
            if (error instanceof ConfigException) {
                command.getErr().println("Invalid configuration: " + error.getMessage());
                return 2;
            }
            if (error instanceof DataDirectoryLock.DataDirectoryInUseException) {
                command.getErr().println(error.getMessage());
                return 2;
            }
            if (error instanceof InvalidRulesException) {
                command.getErr().println("Invalid rules: " + error.getMessage());
                return 2;
            }
            throw error;
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
