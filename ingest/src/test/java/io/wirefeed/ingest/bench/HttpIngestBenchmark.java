package io.wirefeed.ingest.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.ingest.IngestService;
import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.stack.Infrastructure;
import io.wirefeed.stack.ServerKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dispatches per second through the whole HTTP path: POST of a NewsML-G2 item, parse, Avro serialization,
 * Kafka acknowledgement (acks=all) and the 202 answer, with 8 clients at once. Broker, registry and service run
 * on this machine, in the benchmark's JVM and a child JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(8)
public class HttpIngestBenchmark {

    private Infrastructure servers;
    private IngestService service;
    private HttpClient http;
    private URI endpoint;
    private String body;
    private final AtomicLong sequence = new AtomicLong();

    @Setup(Level.Trial)
    public void start() throws Exception {
        servers = Infrastructure.of(ServerKind.EMBEDDED, Files.createTempDirectory("http-bench"));
        service = IngestService.start(new IngestConfig(Map.of(
            IngestConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
            "schema.registry.url", servers.registry().url(),
            "auto.register.schemas", "true",
            IngestConfig.HTTP_HOST_CONFIG, "127.0.0.1",
            IngestConfig.HTTP_PORT_CONFIG, "0",
            IngestConfig.HTTP_API_KEYS_CONFIG, "bench")), Clock.systemUTC());
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        endpoint = URI.create("http://127.0.0.1:" + service.httpPort() + "/v1/dispatches");
        body = new String(Fixtures.bytes("newsml/newsitem-xinhua.xml"), StandardCharsets.UTF_8);
    }

    @Benchmark
    public int postOneDispatch() throws Exception {
        String unique = body.replace("uzb-security-talks", "bench-" + sequence.incrementAndGet());
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(endpoint)
            .header("Authorization", "Bearer bench")
            .POST(HttpRequest.BodyPublishers.ofString(unique)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("Ingest answered " + response.statusCode());
        }
        return response.statusCode();
    }

    @TearDown(Level.Trial)
    public void stop() {
        service.close();
        servers.close();
    }
}
