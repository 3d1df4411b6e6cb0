package io.wirefeed.service.ingest;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.wirefeed.ingest.IngestApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wirefeed ingest [CONFIG]}: the ingest service against a Kafka cluster, until stopped. */
@Command(name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the ingest service (HTTP endpoint, drop folder, feed poller) until stopped.",
        "",
        "Settings come from the properties file, then from WIREFEED_* environment variables",
        "(WIREFEED_BOOTSTRAP_SERVERS, WIREFEED_HTTP_API_KEYS...; Kafka client settings as WIREFEED_KAFKA_*)."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "A properties file of ingest settings.")
    private Path config;

    @Override
    public Integer call() throws InterruptedException {
        IngestApp.run(IngestApp.config(config, System.getenv()));
        return 0;
    }
}
