package io.wirefeed.launcher.faults;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.wirefeed.enrich.stream.EnrichApp;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.stack.LoopbackPort;

/**
 * The enrichment service as a real process, a child JVM on the test's classpath, for the faults only a process
 * can have: killed with SIGKILL, it gets no chance to commit, leave its group or close its stores.
 */
final class EnrichProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int httpPort;
    private final Path log;

    private EnrichProcess(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /** Starts one with these settings (plus an HTTP port of its own), logging to {@code log}. */
    static EnrichProcess start(Map<String, String> settings, Path log) throws IOException {
        int port = LoopbackPort.free();
        Properties properties = new Properties();
        properties.putAll(settings);
        properties.setProperty(EnrichConfig.HTTP_HOST_CONFIG, "127.0.0.1");
        properties.setProperty(EnrichConfig.HTTP_PORT_CONFIG, String.valueOf(port));
        Path config = log.resolveSibling(log.getFileName() + ".properties");
        try (Writer writer = Files.newBufferedWriter(config)) {
            properties.store(writer, "EnrichProcess");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
            EnrichApp.class.getName(), config.toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new EnrichProcess(process, port, log);
    }

    /** Dispatches enriched since this process started ({@code wirefeed_enrich_enriched_total}); 0 until it answers. */
    long enriched() {
        return counter("wirefeed_enrich_enriched_total");
    }

    /** Records its stream threads processed, at any step ({@code kafka_stream_thread_process_total}). */
    long processed() {
        return counter("kafka_stream_thread_process_total");
    }

    /** Whether its Kafka Streams is RUNNING ({@code GET /ready} answers 200): it holds its tasks, no rebalance under way. */
    boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/ready"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether it is alive, and the last lines it logged: what a test's failure shows of it. */
    String describe() {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException e) {
            lines = List.of("(its log cannot be read: " + e + ")");
        }
        return (process.isAlive() ? "alive" : "exited " + process.exitValue()) + ", its log ending:\n"
            + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Waits until this process has enriched at least {@code count} dispatches. */
    void awaitEnriched(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (enriched() < count) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("enrichment process " + (process.isAlive() ? "too slow" : "exited")
                    + ": " + enriched() + " of " + count + " enriched");
            }
            Thread.sleep(100);
        }
    }

    private long counter(String name) {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
            return Math.round(metrics.body().lines().filter(line -> line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, and wait for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM: the service closes (commits, leaves its group); SIGKILL if it has not within 40 s. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
