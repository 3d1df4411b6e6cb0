package io.wirefeed.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/wirefeed}: one command line for the local stack, the services and the offline tools. */
@Command(name = "wirefeed",
    mixinStandardHelpOptions = true,
    versionProvider = WirefeedVersion.class,
    description = "Stream processing for news wire dispatches: ingest, enrich, sink.",
    subcommands = {LocalCommand.class, IngestCommand.class, ParseCommand.class, CommandLine.HelpCommand.class})
public final class Wirefeed {

    /** The logging configuration of the command line; the stack's jar carries the tests' one, which would win. */
    static final String LOG_CONFIG = "log4j2-launcher.xml";

    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", LOG_CONFIG);
        }
        int exitCode = new CommandLine(new Wirefeed()).execute(args);
        // CHECKSTYLE:OFF RegexpSingleline - the launcher's main is the one place that ends the JVM.
        System.exit(exitCode);
        // CHECKSTYLE:ON
    }
}
