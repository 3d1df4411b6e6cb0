package io.wirefeed.stack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server running in a child process: stopped on close, by a shutdown hook if the JVM exits first (Ctrl-C,
 * SIGTERM), and by its {@link Watchdog} if the JVM dies without running its hooks (SIGKILL, a crash).
 */
final class ChildProcess {

    private static final Logger LOG = LoggerFactory.getLogger(ChildProcess.class);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);

    private final Process process;
    private final Duration grace;
    private final Thread shutdownHook;
    private final Watchdog watchdog;

    ChildProcess(Process process, String name, Duration grace) {
        this.process = process;
        this.grace = grace;
        this.watchdog = Watchdog.guard(process.pid(), Watchdog.Signal.TERM, grace);
        this.shutdownHook = new Thread(process::destroy, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Kills the process at once (a server that did not start), and ends its watchdog and hook. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(FORCED_STOP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        release();
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
        release();
    }

    private void release() {
        watchdog.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            LOG.debug("JVM shutting down; the hook stops the process", alreadyShuttingDown);
        }
    }
}
