package io.wirefeed.launcher.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.wirefeed.enrich.stream.EnrichConfig;

/**
 * More enrichment services beside the bench's own, each in a JVM of its own ({@code wirefeed enrich} on a properties
 * file), as an operator scales out: the same application id and broker, a state directory each. Started once the
 * bench's service runs, so that they join its group; stopped when closed, or when the bench's JVM exits before
 * (interrupted, say), so that none outlives the run.
 */
final class EnrichInstances implements AutoCloseable {

    /** What a service logs once its topology runs ({@code EnrichService}). */
    static final String STARTED = "Enrichment started";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final List<Process> processes;
    private final Thread onExit;

    private EnrichInstances(List<Process> processes) {
        this.processes = processes;
        this.onExit = new Thread(() -> processes.forEach(Process::destroy), "bench-enrich-instances-stop");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /**
     * {@code count} services on {@code settings}, each with its own state directory and log under {@code runDir};
     * returns once each has logged that its topology started.
     */
    static EnrichInstances start(Map<String, String> settings, int count, Path runDir)
            throws IOException, InterruptedException {
        List<Process> started = new ArrayList<>();
        EnrichInstances instances = new EnrichInstances(started);
        try {
            List<Path> logs = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                Path log = runDir.resolve("enrich-instance-" + i + ".log");
                started.add(launch(settings, runDir, i, log));
                logs.add(log);
            }
            for (int i = 0; i < count; i++) {
                awaitStart(started.get(i), logs.get(i));
            }
            return instances;
        } catch (IOException | InterruptedException | RuntimeException e) {
            instances.close();
            throw e;
        }
    }

    private static Process launch(Map<String, String> settings, Path runDir, int instance, Path log)
            throws IOException {
        Properties properties = new Properties();
        properties.putAll(settings);
        properties.put(EnrichConfig.STATE_DIR_CONFIG, runDir.resolve("enrich-state-" + instance).toString());
        properties.put(EnrichConfig.HTTP_PORT_CONFIG, "0");
        Path file = runDir.resolve("enrich-instance-" + instance + ".properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "wirefeed bench: enrichment instance " + instance);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Dlog4j2.configurationFile=log4j2-service.xml",
            "-cp", System.getProperty("java.class.path"), "io.wirefeed.launcher.Wirefeed", "enrich", file.toString())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitStart(Process process, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.readString(log, StandardCharsets.UTF_8).contains(STARTED)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("An enrichment instance exited (" + process.exitValue()
                    + ") before it started; its log: " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("An enrichment instance did not start within " + START_TIMEOUT
                    + "; its log: " + log);
            }
            Thread.sleep(200);
        }
    }

    int count() {
        return processes.size();
    }

    /** Stops every instance: asked to (its shutdown hook closes Kafka Streams), then forced after a while. */
    @Override
    public void close() throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException exiting) {
            // the JVM is exiting: the hook stops them
        }
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
