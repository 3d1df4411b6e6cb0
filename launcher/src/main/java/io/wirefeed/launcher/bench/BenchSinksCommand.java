package io.wirefeed.launcher.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.wirefeed.enrich.Enricher;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.stack.EmbeddedConnect;
import io.wirefeed.stack.Infrastructure;
import io.wirefeed.stack.ServerKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirefeed bench-sinks}: rows/s into PostgreSQL and documents/s into OpenSearch, on the embedded servers. */
@Command(name = "bench-sinks",
    mixinStandardHelpOptions = true,
    description = {
        "Measures the sink connectors' throughput on the embedded servers.",
        "",
        "Generates dispatches (one story each), enriches them offline, publishes them to a topic, then creates",
        "each connector alone in a Kafka Connect worker and times it until PostgreSQL holds every row, then",
        "OpenSearch every document."})
public final class BenchSinksCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dispatches", defaultValue = "20000",
        description = "How many dispatches (default: ${DEFAULT-VALUE}).")
    private int dispatches;

    @Option(names = "--data-dir", defaultValue = "target/bench-sinks",
        description = "Where the run's servers keep their files, in a directory removed when the run succeeds "
            + "(default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<EnrichedDispatch> enriched = enriched(out);
        out.println("Starting Kafka, the registry, PostgreSQL, OpenSearch and a Connect worker ...");
        out.flush();
        RunDirectory run = RunDirectory.under(dataDir);
        try (Infrastructure servers = Infrastructure.of(ServerKind.EMBEDDED, run.path());
             EmbeddedConnect connect = EmbeddedConnect.start(servers.kafka().bootstrapServers(), run.path(), 0)) {
            List<SinkThroughput> results = new SinkBenchmark(servers, RunNames.random(), connect.rest(), out)
                .run(enriched);
            out.printf("%n| Sink | Records | Seconds | Per second |%n|---|---|---|---|%n");
            for (SinkThroughput result : results) {
                out.printf("| %s | %,d %s | %.1f | %,.0f %s/s |%n", result.sink(), result.records(), result.unit(),
                    result.took().toMillis() / 1000.0, result.perSecond(), result.unit());
            }
        }
        run.remove();
        out.flush();
        return 0;
    }

    private List<EnrichedDispatch> enriched(PrintWriter out) {
        SyntheticDispatches generator = new SyntheticDispatches(42, SyntheticDispatches.recentStart());
        Enricher enricher = PipelineBenchmark.offlineEnricher();
        List<EnrichedDispatch> enriched = new ArrayList<>(dispatches);
        for (int i = 0; i < dispatches; i++) {
            enriched.add(enricher.enrich(generator.next()));
            if ((i + 1) % 1_000 == 0 || i + 1 == dispatches) {
                out.printf("\rEnriching offline: %,d / %,d", i + 1, dispatches);
                out.flush();
            }
        }
        out.println();
        return enriched;
    }
}
