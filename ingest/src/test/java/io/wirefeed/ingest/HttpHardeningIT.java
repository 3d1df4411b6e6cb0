package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP edge against senders that are slow, unauthenticated, out of scope or oversized: probes keep answering,
 * slow requests are cut, a full queue answers 503, an unauthenticated body is not read, a key publishes only what
 * it is bound to, and a document too large for Kafka is refused for good (413), not retried forever (503).
 */
@ExtendWith(InfrastructureExtension.class)
class HttpHardeningIT {

    private static final int SLOW_CLIENTS = 40;
    private static final Duration TRICKLE_FOR = Duration.ofSeconds(8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void slowClientsNeitherDelayTheProbesNorStayConnected(KafkaEndpoint kafka, RegistryEndpoint registry)
            throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry).with(IngestConfig.HTTP_REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC());
             SlowClients slow = new SlowClients(service.httpPort(), SLOW_CLIENTS)) {
            Thread.sleep(500);
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + probePort(service) + "/health")).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
                Thread.sleep(300);
            }
            assertThat(slow.awaitAllClosed(Duration.ofSeconds(6))).as("slow connections the server closed")
                .isEqualTo(SLOW_CLIENTS);
        }
    }

    @Test
    void aFullQueueAnswers503AtOnce(KafkaEndpoint kafka, RegistryEndpoint registry) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry).with(IngestConfig.HTTP_THREADS_CONFIG, 2)
            .with(IngestConfig.HTTP_QUEUE_CONFIG, 2).with(IngestConfig.HTTP_REQUEST_TIMEOUT_MS_CONFIG, 20_000);
        try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC());
             SlowClients slow = new SlowClients(service.httpPort(), 6)) {
            Thread.sleep(500);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + service.httpPort() + "/v1/dispatches")).timeout(Duration.ofSeconds(3))
                    .header("Authorization", "Bearer " + IngestSettings.API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.bytes("ninjs/ninjs1-ap.json"))).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void anUnauthenticatedBodyIsNotRead(KafkaEndpoint kafka, RegistryEndpoint registry) throws Exception {
        try (IngestService service = IngestService.start(new IngestSettings(kafka, registry).config(),
                Clock.systemUTC());
             Socket socket = new Socket("127.0.0.1", service.httpPort())) {
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/dispatches HTTP/1.1\r\nHost: ingest\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000000\r\n\r\n" + "x".repeat(1000)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] statusLine = new byte[12];
            assertThat(in.readNBytes(statusLine, 0, 12)).isEqualTo(12);
            assertThat(new String(statusLine, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 401");
        }
    }

    @Test
    void aKeyBoundToAnAgencyCannotKillAnotherAgencysStory(KafkaEndpoint kafka, RegistryEndpoint registry)
            throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry)
            .with(IngestConfig.HTTP_API_KEYS_CONFIG, "dpa-key=agency:dpa," + IngestSettings.API_KEY);
        try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC())) {
            HttpResponse<String> kill = post(service, "dpa-key", Fixtures.bytes("newsml/newsitem-canceled.xml"));
            assertThat(kill.statusCode()).as(kill.body()).isEqualTo(403);
            assertThat(kill.body()).contains("not allowed").doesNotContain("dpa-key");
            HttpResponse<String> own = post(service, "dpa-key", ("{\"uri\":\"urn:dpa:1\",\"copyrightholder\":\"dpa\","
                + "\"headline\":\"Own story\",\"body_text\":\"BERLIN, July 7 (dpa) - Text.\"}")
                .getBytes(StandardCharsets.UTF_8));
            assertThat(own.statusCode()).as(own.body()).isEqualTo(202);
        }
    }

    @Test
    void aVersionJumpBeyondTheBoundIsRefused(KafkaEndpoint kafka, RegistryEndpoint registry) throws Exception {
        try (IngestService service = IngestService.start(new IngestSettings(kafka, registry).config(),
                Clock.systemUTC())) {
            String kill = new String(Fixtures.bytes("newsml/newsitem-canceled.xml"), StandardCharsets.UTF_8)
                .replace("version=\"3\"", "version=\"2147483647\"");
            HttpResponse<String> response = post(service, IngestSettings.API_KEY,
                kill.getBytes(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            assertThat(response.body()).contains("version");
        }
    }

    @Test
    void aDocumentTooLargeForKafkaIsRefusedFor413Not503(KafkaEndpoint kafka, RegistryEndpoint registry)
            throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry)
            .with(IngestConfig.HTTP_MAX_REQUEST_BYTES_CONFIG, 4 * 1024 * 1024);
        try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC())) {
            byte[] big = ("{\"uri\":\"urn:big\",\"copyrightholder\":\"dpa\",\"headline\":\"Big\",\"body_text\":\""
                + "word ".repeat(400_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = post(service, IngestSettings.API_KEY, big);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        }
    }

    private HttpResponse<String> post(IngestService service, String key, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort()
                + "/v1/dispatches")).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int probePort(IngestService service) {
        return service.probePort();
    }

    /**
     * Connections that send a request line, then one header byte a second and never finish, for a bounded time;
     * counts those the server closed.
     */
    private static final class SlowClients implements AutoCloseable {
        private final List<SocketChannel> channels = new ArrayList<>();
        private final Thread trickle;
        private final boolean[] closed;

        SlowClients(int port, int count) throws IOException {
            closed = new boolean[count];
            for (int i = 0; i < count; i++) {
                SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                channel.write(ByteBuffer.wrap("POST /v1/dispatches HTTP/1.1\r\nHost: ingest\r\nX-Slow: "
                    .getBytes(StandardCharsets.US_ASCII)));
                channel.configureBlocking(false);
                channels.add(channel);
            }
            trickle = new Thread(this::trickle, "slow-clients");
            trickle.setDaemon(true);
            trickle.start();
        }

        private void trickle() {
            long end = System.nanoTime() + TRICKLE_FOR.toNanos();
            while (System.nanoTime() < end) {
                for (int i = 0; i < channels.size(); i++) {
                    poll(i, true);
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private synchronized void poll(int i, boolean write) {
            if (closed[i]) {
                return;
            }
            try {
                ByteBuffer buffer = ByteBuffer.allocate(4096);
                if (channels.get(i).read(buffer) < 0) {
                    closed[i] = true;
                } else if (write) {
                    channels.get(i).write(ByteBuffer.wrap(new byte[] {'x'}));
                }
            } catch (IOException e) {
                closed[i] = true;
            }
        }

        int awaitAllClosed(Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            int count;
            do {
                count = 0;
                for (int i = 0; i < channels.size(); i++) {
                    poll(i, false);
                    count += closed[i] ? 1 : 0;
                }
                if (count < channels.size()) {
                    Thread.sleep(200);
                }
            } while (count < channels.size() && System.nanoTime() < end);
            return count;
        }

        @Override
        public void close() throws IOException, InterruptedException {
            trickle.interrupt();
            trickle.join(2_000);
            for (SocketChannel channel : channels) {
                channel.close();
            }
        }
    }
}
