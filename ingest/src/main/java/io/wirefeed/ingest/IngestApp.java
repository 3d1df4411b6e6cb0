package io.wirefeed.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import io.wirefeed.config.ConfigLoader;
import io.wirefeed.edge.ServiceLifecycle;

/**
 * Runs the ingest service until the JVM is stopped: {@code IngestApp [config.properties]}, settings from the
 * file and from {@code WIREFEED_*} environment variables.
 */
public final class IngestApp {

    private IngestApp() {
    }

    public static IngestConfig config(Path file, Map<String, String> env) {
        return new IngestConfig(ConfigLoader.load(IngestConfig.CONFIG_DEF, file, env, IngestConfig.KAFKA_PREFIX));
    }

    /** Starts the service and blocks until the JVM shuts down (its hook closes the service). */
    public static void run(IngestConfig config) throws InterruptedException {
        ServiceLifecycle.runUntilStopped(IngestService.start(config, Clock.systemUTC()), "ingest");
    }

    public static void main(String[] args) throws InterruptedException {
        run(config(args.length > 0 ? Path.of(args[0]) : null, System.getenv()));
    }
}
