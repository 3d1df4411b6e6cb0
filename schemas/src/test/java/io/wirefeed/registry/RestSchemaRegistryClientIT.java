package io.wirefeed.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP behaviour around the API calls (authentication, fail-over, retries, error codes) against a
 * scripted HTTP server; the API itself is tested against the real Apicurio Registry in
 * {@code RegistryAgainstApicurioIT}.
 */
class RestSchemaRegistryClientIT {

    private record Request(String method, String path, String authorization, String contentType, String body) {
    }

    private record Answer(int status, String body) {
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private HttpServer server;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/apis/ccompat/v7";
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        Answer answer = script.isEmpty() ? new Answer(200, "{\"id\":42}") : script.poll();
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private RestSchemaRegistryClient client(Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(Map.of(
            SchemaRegistryClientConfig.URL_CONFIG, url,
            SchemaRegistryClientConfig.RETRIES_WAIT_MS_CONFIG, 1,
            SchemaRegistryClientConfig.RETRIES_MAX_WAIT_MS_CONFIG, 5));
        config.putAll(extra);
        return RestSchemaRegistryClient.of(new SchemaRegistryClientConfig(config));
    }

    @Test
    void registersWithTheConfluentMediaTypeAndAnEncodedSubject() {
        int id = client(Map.of()).register("news dispatches-value", SchemaFixtures.PROBE_V1);

        assertThat(id).isEqualTo(42);
        assertThat(requests).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/apis/ccompat/v7/subjects/news%20dispatches-value/versions");
            assertThat(r.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
            assertThat(r.body()).contains("\"schema\":").contains("io.wirefeed.test");
        });
    }

    @Test
    void sendsBasicCredentialsFromUserInfo() {
        client(Map.of(SchemaRegistryClientConfig.BASIC_AUTH_USER_INFO_CONFIG, "svc:s3cret")).subjects();

        assertThat(requests.get(0).authorization())
            .isEqualTo("Basic " + Base64.getEncoder().encodeToString("svc:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void takesCredentialsFromTheUrlWhenToldAndNeverSendsThemInTheUrl() {
        url = url.replace("http://", "http://svc:p%40ss@");
        client(Map.of(SchemaRegistryClientConfig.BASIC_AUTH_SOURCE_CONFIG, "URL")).subjects();

        assertThat(requests.get(0).authorization())
            .isEqualTo("Basic " + Base64.getEncoder().encodeToString("svc:p@ss".getBytes(StandardCharsets.UTF_8)));
        assertThat(requests.get(0).path()).isEqualTo("/apis/ccompat/v7/subjects");
    }

    @Test
    void sendsABearerToken() {
        client(Map.of(SchemaRegistryClientConfig.BEARER_AUTH_TOKEN_CONFIG, "tok-123")).subjects();

        assertThat(requests.get(0).authorization()).isEqualTo("Bearer tok-123");
    }

    @Test
    void failsOverToTheNextUrlWhenOneIsUnreachable() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        url = "http://127.0.0.1:" + deadPort + "/apis/ccompat/v7," + url;
        script.add(new Answer(200, "[\"a-value\"]"));

        assertThat(client(Map.of()).subjects()).containsExactly("a-value");
    }

    @Test
    void retriesTransientFailuresThenSucceeds() {
        script.add(new Answer(503, "{\"error_code\":50003,\"message\":\"busy\"}"));
        script.add(new Answer(429, ""));
        script.add(new Answer(200, "{\"schema\":" + quoted(SchemaFixtures.PROBE_V1.toString()) + "}"));

        assertThat(client(Map.of()).schemaById(7)).isEqualTo(SchemaFixtures.PROBE_V1);
        assertThat(requests).hasSize(3).allSatisfy(r -> assertThat(r.path()).endsWith("/schemas/ids/7"));
    }

    @Test
    void givesUpAfterMaxRetriesWithTheLastReason() {
        for (int i = 0; i < 5; i++) {
            script.add(new Answer(500, "{\"error_code\":50001,\"message\":\"store down\"}"));
        }

        assertThatThrownBy(() -> client(Map.of(SchemaRegistryClientConfig.MAX_RETRIES_CONFIG, 2)).schemaById(7))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                assertThat(e.status()).isEqualTo(500);
                assertThat(e.errorCode()).isEqualTo(50001);
                assertThat(e.isTransient()).isTrue();
            })
            .hasMessageContaining("store down");
        assertThat(requests).hasSize(3);
    }

    @Test
    void doesNotRetryARejectionAndKeepsItsErrorCode() {
        script.add(new Answer(409, "{\"error_code\":409,\"message\":\"Schema being registered is incompatible\"}"));

        assertThatThrownBy(() -> client(Map.of()).register("s-value", SchemaFixtures.PROBE_V1))
            .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
                assertThat(e.isTransient()).isFalse();
            })
            .hasMessageContaining("incompatible");
        assertThat(requests).hasSize(1);
    }

    @Test
    void treatsAnUnknownSubjectAsCompatibleAndFallsBackToTheGlobalLevel() {
        script.add(new Answer(404, "{\"error_code\":40401,\"message\":\"Subject not found\"}"));
        script.add(new Answer(404, "{\"error_code\":40408,\"message\":\"no subject level\"}"));
        script.add(new Answer(200, "{\"compatibilityLevel\":\"FULL\"}"));

        RestSchemaRegistryClient client = client(Map.of());
        assertThat(client.isCompatible("new-value", SchemaFixtures.PROBE_V1)).isTrue();
        assertThat(client.compatibility("new-value")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(requests.get(2).path()).isEqualTo("/apis/ccompat/v7/config");
    }

    @Test
    void rejectsASchemaThatIsNotAvro() {
        script.add(new Answer(200, "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\";\"}"));

        assertThatThrownBy(() -> client(Map.of()).schemaById(3))
            .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("PROTOBUF, not Avro");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
