package io.wirefeed.enrich.stream;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import io.wirefeed.config.ConfigLoader;
import io.wirefeed.edge.ServiceLifecycle;

/**
 * Runs the enrichment service until the JVM is stopped: {@code EnrichApp [config.properties]}, settings from
 * the file and from {@code WIREFEED_*} environment variables.
 */
public final class EnrichApp {

    private EnrichApp() {
    }

    public static EnrichConfig config(Path file, Map<String, String> env) {
        return new EnrichConfig(ConfigLoader.load(EnrichConfig.CONFIG_DEF, file, env, EnrichConfig.KAFKA_PREFIX));
    }

    /**
     * Starts the service and blocks until the JVM shuts down (its hook closes the service), 0; or until Kafka Streams
     * fails for good, {@link ServiceLifecycle#FAILED}, for the caller to end the JVM with, so that it is restarted.
     */
    public static int run(EnrichConfig config) throws InterruptedException {
        EnrichService service = EnrichService.start(config, Clock.systemUTC());
        return ServiceLifecycle.runUntilStoppedOrFailed(service, "enrich", service.failure());
    }

    public static void main(String[] args) throws InterruptedException {
        int exitCode = run(config(args.length > 0 ? Path.of(args[0]) : null, System.getenv()));
        // CHECKSTYLE:OFF RegexpSingleline - a main that runs the service alone ends the JVM as the image's does.
        System.exit(exitCode);
        // CHECKSTYLE:ON
    }
}
