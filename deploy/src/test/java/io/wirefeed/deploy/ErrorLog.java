package io.wirefeed.deploy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;

/**
 * The ERROR (and FATAL) lines logged in this JVM while installed, from every logger: an appender added to the
 * root and to every configured logger that does not pass its events on to the root (each event once).
 */
final class ErrorLog extends AbstractAppender implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final LoggerContext context;

    private ErrorLog(LoggerContext context) {
        super("error-log-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        this.context = context;
    }

    static ErrorLog install() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        ErrorLog log = new ErrorLog(context);
        log.start();
        Configuration configuration = context.getConfiguration();
        configuration.getRootLogger().addAppender(log, Level.ERROR, null);
        // Events reach the root through additive loggers; those that stop them get the appender themselves.
        configuration.getLoggers().values().stream().filter(logger -> !logger.isAdditive())
            .forEach(logger -> logger.addAppender(log, Level.ERROR, null));
        context.updateLoggers();
        return log;
    }

    @Override
    public void append(LogEvent event) {
        if (event.getLevel().isMoreSpecificThan(Level.ERROR)) {
            lines.add(event.getLevel() + " [" + event.getLoggerName() + "] " + event.getMessage().getFormattedMessage()
                + (event.getThrown() == null ? "" : " " + event.getThrown()));
        }
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        Configuration configuration = context.getConfiguration();
        configuration.getRootLogger().removeAppender(getName());
        configuration.getLoggers().values().forEach(logger -> logger.removeAppender(getName()));
        context.updateLoggers();
        stop();
    }
}
