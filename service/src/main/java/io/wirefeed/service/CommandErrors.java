package io.wirefeed.service;

import io.wirefeed.enrich.topic.InvalidRulesException;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What an operator's mistake looks like on the command line: a bad setting or rule file is one line on stderr and
 * exit code 2, not a stack trace. Anything else is a bug or an outage and keeps its stack trace.
 */
public final class CommandErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception error, CommandLine command, ParseResult parsed) throws Exception {
        if (error instanceof ConfigException) {
            command.getErr().println("Invalid configuration: " + error.getMessage());
            return 2;
        }
        if (error instanceof InvalidRulesException) {
            command.getErr().println("Invalid rules: " + error.getMessage());
            return 2;
        }
        throw error;
    }
}
