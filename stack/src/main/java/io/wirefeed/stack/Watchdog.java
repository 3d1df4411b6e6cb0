package io.wirefeed.stack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Stops a server process when this JVM dies, however it dies: a small shell beside the server, waiting on a pipe
 * from this JVM. A JVM stopped by SIGKILL runs no shutdown hook, but the kernel closes its end of the pipe; the
 * shell then signals the server (SIGTERM for a child JVM, which runs its own shutdown hooks; SIGINT, a fast
 * shutdown, for PostgreSQL's postmaster, which pg_ctl started outside this JVM's process tree), and kills it
 * if it is still there after its grace period. While this JVM lives the watchdog only waits; {@link #close()}
 * ends it once the server was stopped the ordinary way.
 */
final class Watchdog implements AutoCloseable {

    /** The signal a server is asked to stop with. */
    enum Signal { TERM, INT }

    private final Process shell;

    private Watchdog(Process shell) {
        this.shell = shell;
    }

    /** Watches over the process {@code pid}: asked to stop with {@code signal}, killed after {@code grace}. */
    static Watchdog guard(long pid, Signal signal, Duration grace) {
        // "read" returns at end of input: when this JVM closes the pipe, or when it dies and the kernel does.
        String script = "read ignored; kill -" + signal + " " + pid + " 2>/dev/null; i=0; "
            + "while kill -0 " + pid + " 2>/dev/null && [ $i -lt " + Math.max(1, grace.toSeconds()) + " ]; "
            + "do sleep 1; i=$((i+1)); done; kill -KILL " + pid + " 2>/dev/null; exit 0";
        try {
            Process shell = new ProcessBuilder(List.of("/bin/sh", "-c", script))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
            return new Watchdog(shell);
        } catch (IOException e) {
            throw new ServerStartException("Could not start the watchdog of process " + pid + ": " + e.getMessage(), e);
        }
    }

    /** Ends the watchdog without touching the server (call it once the server has stopped). */
    @Override
    public void close() {
        shell.destroyForcibly();
    }
}
