package io.wirefeed.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's servers (OpenSearch and Apicurio in child JVMs, PostgreSQL under zonky's pg_ctl) started in a
 * JVM of their own, which is then killed: with SIGKILL nothing of it may remain (no port, memory or data directory
 * held); with SIGTERM (or Ctrl-C) everything stops within 30 s.
 */
class ChildrenDieWithTheirParentIT {

    private static final Duration STARTUP = Duration.ofSeconds(240);

    @Test
    void nothingOutlivesAStackKilledWithSigkill(@TempDir Path dir) throws Exception {
        assertNothingOutlives(dir, true, Duration.ofSeconds(45));
    }

    @Test
    void everythingStopsWithin30SecondsOfSigterm(@TempDir Path dir) throws Exception {
        assertNothingOutlives(dir, false, Duration.ofSeconds(30));
    }

    private static void assertNothingOutlives(Path dir, boolean kill, Duration limit) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process stack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m", "-cp", classpath, StackServersMain.class.getName(), dir.resolve("data").toString())
            .redirectErrorStream(true).start();
        List<ProcessHandle> started = new ArrayList<>();
        try {
            long postmaster = awaitReady(stack);
            started.addAll(stack.descendants().toList());
            ProcessHandle.of(postmaster).ifPresent(started::add);
            assertThat(started).as("OpenSearch, Apicurio and PostgreSQL processes").hasSizeGreaterThanOrEqualTo(3);

            if (kill) {
                stack.destroyForcibly();
            } else {
                stack.destroy();
            }
            long deadline = System.nanoTime() + limit.toNanos();
            while (started.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(started.stream().filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().command().orElse("?")))
                .as("processes alive %d s after the stack was %s", limit.toSeconds(), kill ? "killed" : "stopped")
                .isEmpty();
            assertThat(stack.waitFor(limit.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } finally {
            stack.destroyForcibly();
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Reads the stack's output until it says READY, and returns the postmaster's pid; then drains the rest. */
    private static long awaitReady(Process stack) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(stack.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Long> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            List<String> tail = new ArrayList<>();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ")) {
                        ready.complete(Long.parseLong(line.substring("READY ".length())));
                    } else if (!ready.isDone()) {
                        tail.add(line);
                        if (tail.size() > 40) {
                            tail.remove(0);
                        }
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("The stack exited before it was ready:\n"
                + String.join("\n", tail)));
        }, "stack-output");
        reader.setDaemon(true);
        reader.start();
        return ready.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
    }
}
