package io.wirefeed.stack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A server running in a child process: stopped on close, and by a shutdown hook if the JVM exits first. */
final class ChildProcess {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);

    private final Process process;
    private final Duration grace;
    private final Thread shutdownHook;

    ChildProcess(Process process, String name, Duration grace) {
        this.process = process;
        this.grace = grace;
        this.shutdownHook = new Thread(process::destroy, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Asks the process to stop, waits its grace period, then kills it. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(FORCED_STOP.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            LOG.debug("JVM shutting down; the hook stops the process", alreadyShuttingDown);
        }
    }
}
