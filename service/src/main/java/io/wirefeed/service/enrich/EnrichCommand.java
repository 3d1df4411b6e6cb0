package io.wirefeed.service.enrich;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.wirefeed.enrich.stream.EnrichApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wirefeed enrich [CONFIG]}: the enrichment topology against a Kafka cluster, until stopped. */
@Command(name = "enrich",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the enrichment service (a Kafka Streams application, exactly-once) until stopped.",
        "",
        "Settings come from the properties file, then from WIREFEED_* environment variables",
        "(WIREFEED_BOOTSTRAP_SERVERS, WIREFEED_SCHEMA_REGISTRY_URL...; Kafka settings as WIREFEED_KAFKA_*)."})
public final class EnrichCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "A properties file of enrich settings.")
    private Path config;

    @Override
    public Integer call() throws InterruptedException {
        return EnrichApp.run(EnrichApp.config(config, System.getenv()));
    }
}
