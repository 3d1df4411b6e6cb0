package io.wirefeed.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichService;
import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.ingest.IngestService;
import io.wirefeed.registry.SchemaRegistryClientConfig;
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
        "Starts real servers on loopback ports (a Kafka broker in KRaft mode, Apicurio Registry, PostgreSQL,",
        "OpenSearch)",
        "the ingest service (HTTP and a drop folder) and the enrichment service. The sinks join as they are built."})
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

    private IngestConfig ingestConfig(Infrastructure servers) throws IOException {
        return new IngestConfig(Map.of(
            IngestConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
            SchemaRegistryClientConfig.URL_CONFIG, servers.registry().url(),
            IngestConfig.HTTP_HOST_CONFIG, "127.0.0.1",
            IngestConfig.HTTP_PORT_CONFIG, "0",
            IngestConfig.HTTP_API_KEYS_CONFIG, LocalApiKey.in(dataDir),
            IngestConfig.FOLDER_PATH_CONFIG, dataDir.resolve("drop").toString(),
            IngestConfig.TOPICS_PARTITIONS_CONFIG, "3"));
    }

    private EnrichConfig enrichConfig(Infrastructure servers) {
        return new EnrichConfig(Map.of(
            EnrichConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
            SchemaRegistryClientConfig.URL_CONFIG, servers.registry().url(),
            EnrichConfig.HTTP_HOST_CONFIG, "127.0.0.1",
            EnrichConfig.HTTP_PORT_CONFIG, "0",
            EnrichConfig.STATE_DIR_CONFIG, dataDir.resolve("enrich-state").toString(),
            EnrichConfig.TOPICS_PARTITIONS_CONFIG, "3"));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Instant started = Instant.now();
        out.println("Starting the local stack in " + dataDir.toAbsolutePath() + " ...");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Infrastructure servers = Infrastructure.of(ServerKind.EMBEDDED, dataDir);
             IngestService ingest = IngestService.start(ingestConfig(servers), Clock.systemUTC());
             EnrichService enrich = EnrichService.start(enrichConfig(servers), Clock.systemUTC())) {
            String ingestUrl = "http://127.0.0.1:" + ingest.httpPort();
            StackEndpoints endpoints = new StackEndpoints(servers.kafka().bootstrapServers(), servers.registry().url(),
                servers.postgres().jdbcUrlWithCredentials(), servers.opensearch().url(), ingestUrl, LocalApiKey.in(dataDir),
                dataDir.resolve("drop").toAbsolutePath().toString(), Map.of("ingest", ingestUrl + "/metrics",
                    "enrich", "http://127.0.0.1:" + enrich.httpPort() + "/metrics"));
            Thread hook = new Thread(() -> {
                ingest.close();
                enrich.close();
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
                out.println("The demo (sample dispatches through enrichment to search and storage) arrives with the "
                    + "sinks: nothing to demo yet. Meanwhile, POST dispatches to the ingest URL or drop files into "
                    + endpoints.dropFolder() + "/incoming, and read wirefeed.enriched.");
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
