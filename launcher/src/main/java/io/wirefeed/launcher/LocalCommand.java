package io.wirefeed.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.wirefeed.stack.Infrastructure;
import io.wirefeed.stack.ServerKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirefeed local}: the whole pipeline on one machine, on real servers started from Maven Central jars. */
@Command(name = "local",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the pipeline on this machine until Ctrl-C.",
        "",
        "Starts real servers on loopback ports: a Kafka broker (KRaft), Apicurio Registry and PostgreSQL.",
        "The ingest, enrich and sink services join them as they are built."})
final class LocalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "data",
        description = "Where the servers keep their files (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--endpoints-file",
        description = "Also write the endpoints as JSON to this file once everything is ready.")
    private Path endpointsFile;

    @Option(names = "--demo", description = "Ingest the bundled sample dispatches once ready.")
    private boolean demo;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Instant started = Instant.now();
        out.println("Starting the local stack in " + dataDir.toAbsolutePath() + " ...");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Infrastructure servers = Infrastructure.of(ServerKind.EMBEDDED, dataDir)) {
            StackEndpoints endpoints = StackEndpoints.of(servers);
            Thread hook = new Thread(() -> {
                servers.close();
                stopped.countDown();
            }, "wirefeed-local-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.printf("Ready in %.1f s:%n%s", Duration.between(started, Instant.now()).toMillis() / 1000.0,
                endpoints.table());
            if (endpointsFile != null) {
                endpoints.writeJson(endpointsFile);
            }
            if (demo) {
                out.println("The demo dispatches need the ingest service, which is not built yet: nothing to run yet.");
            }
            out.println("Press Ctrl-C to stop.");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                // Stopped from inside the JVM (an embedding test, say) rather than by a signal.
                Runtime.getRuntime().removeShutdownHook(hook);
                Thread.currentThread().interrupt();
            }
        }
        out.println("Stopped.");
        out.flush();
        return 0;
    }
}
