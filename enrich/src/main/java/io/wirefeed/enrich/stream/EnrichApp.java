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

    /** Starts the service and blocks until the JVM shuts down (its hook closes the service). */
    public static void run(EnrichConfig config) throws InterruptedException {
        ServiceLifecycle.runUntilStopped(EnrichService.start(config, Clock.systemUTC()), "enrich");
    }

    public static void main(String[] args) throws InterruptedException {
        run(config(args.length > 0 ? Path.of(args[0]) : null, System.getenv()));
    }
}
