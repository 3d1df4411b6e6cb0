package io.wirefeed.service;

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
 * The image's entry point: the commands an operator runs in a cluster (the services, the console and the
 * operations tools). The local stack and the load tools live in the launcher module, so that the image carries
 * no embedded server, no load generator and no test library.
 */
@Command(name = "wirefeed",
    mixinStandardHelpOptions = true,
    versionProvider = WirefeedVersion.class,
    description = "Stream processing for news wire dispatches: the services and their operations tools.",
    subcommands = {IngestCommand.class, EnrichCommand.class, ParseCommand.class, EnrichFileCommand.class,
        RegisterSchemasCommand.class, DeadLettersCommand.class, ReprocessCommand.class, ConsoleCommand.class,
        CommandLine.HelpCommand.class})
public final class WirefeedService {

    /** The logging configuration when none is given: the services' JSON lines, for a log collector. */
    static final String LOG_CONFIG = "log4j2-service.xml";

    /** The command line with its error handling ({@link CommandErrors}). */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new WirefeedService());
        commandLine.setExecutionExceptionHandler(new CommandErrors());
        return commandLine;
    }

    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", LOG_CONFIG);
        }
        int exitCode = commandLine().execute(args);
        // CHECKSTYLE:OFF RegexpSingleline - the image's main is, with the launcher's, the one place that ends the JVM.
        System.exit(exitCode);
        // CHECKSTYLE:ON
    }
}
