package io.wirefeed.launcher.local;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
// CHECKSTYLE:OFF IllegalImport - Java has no public API to handle a signal before the shutdown hooks run.
import sun.misc.Signal;
// CHECKSTYLE:ON

/** {@code wirefeed local}: the whole pipeline on one machine, on real servers started from Maven Central jars. */
@Command(name = "local",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the whole pipeline on this machine until Ctrl-C.",
        "",
        "Starts real servers on loopback ports (a Kafka broker in KRaft mode, Apicurio Registry, PostgreSQL,",
        "OpenSearch), a Kafka Connect worker with both sink connectors, the ingest service (HTTP and a drop",
        "folder) and the enrichment service. Their data lives in the data directory and survives a restart."})
public final class LocalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "data",
        description = "Where the servers keep their data (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--endpoints-file",
        description = "Also write the endpoints as JSON to this file once everything is ready.")
    private Path endpointsFile;

    @Option(names = "--demo", description = "Once ready, ingest the bundled sample dispatches and summarize them.")
    private boolean demo;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Instant started = Instant.now();
        out.println("Starting the local stack in " + dataDir.toAbsolutePath() + " ...");
        out.flush();
        CountDownLatch stopRequested = new CountDownLatch(1);
        // Ctrl-C and SIGTERM stop the parts here, in order, before the JVM's shutdown hooks (among them the
        // servers' own, which would otherwise stop PostgreSQL under a sink that is still writing).
        for (String signal : List.of("INT", "TERM")) {
            Signal.handle(new Signal(signal), received -> stopRequested.countDown());
        }
        try (LocalStack stack = LocalStack.start(dataDir)) {
            StackEndpoints endpoints = stack.endpoints();
            out.printf("Ready in %.1f s:%n%s", Duration.between(started, Instant.now()).toMillis() / 1000.0,
                endpoints.table());
            out.flush();
            if (endpointsFile != null) {
                endpoints.writeJson(endpointsFile);
            }
            if (demo) {
                new Demo(stack, endpoints, out).run();
            }
            out.println("Press Ctrl-C to stop.");
            out.flush();
            try {
                stopRequested.await();
            } catch (InterruptedException e) {
                // Stopped from inside the JVM (an embedding test, say) rather than by a signal.
                Thread.currentThread().interrupt();
            }
            out.println("Stopping ...");
            out.flush();
        }
        out.println("Stopped.");
        out.flush();
        return 0;
    }
}
