package io.wirefeed.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Streaming routes on the real JDK server: they outlive the request time limit; a route on / keeps other paths 404. */
class HttpEdgeStreamIT {

    private static final Duration LIMIT = Duration.ofMillis(300);

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpEdge edge;

    @AfterEach
    void close() {
        if (edge != null) {
            edge.close();
        }
    }

    @Test
    void aStreamOutlivesTheRequestTimeLimitAndAnOrdinaryRouteDoesNot() throws Exception {
        edge = new HttpEdge(new InetSocketAddress("127.0.0.1", 0), new HttpEdge.Limits(4, 4, LIMIT, null),
            () -> true, "", new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        edge.stream("/stream", "GET", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int tick = 0; tick < 5; tick++) {
                    out.write(("tick " + tick + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(LIMIT.toMillis() / 2);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return null;
        });
        edge.stream("/refused", "GET", exchange -> HttpReply.error(401, "no"));
        edge.route("/slow", "GET", exchange -> {
            try {
                Thread.sleep(LIMIT.toMillis() * 5);
            } catch (InterruptedException e) {
                throw new IOException("cut", e);
            }
            return HttpReply.text(200, "text/plain", "too late");
        });
        edge.start();

        HttpResponse<String> streamed = get("/stream");
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.body().lines()).containsExactly("tick 0", "tick 1", "tick 2", "tick 3", "tick 4");
        assertThat(get("/refused").statusCode()).as("a stream route may answer as a route does").isEqualTo(401);
        assertThat(catching(() -> get("/slow").body())).as("an ordinary route is cut at the limit")
            .isNotEqualTo("too late");
    }

    @Test
    void aRouteOnTheRootKeepsEveryOtherPathNotFound() throws Exception {
        edge = new HttpEdge(new InetSocketAddress("127.0.0.1", 0), 2, () -> true, "",
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        edge.route("/", "GET", exchange -> HttpReply.text(200, "text/html", "page"));
        edge.start();

        assertThat(get("/").body()).isEqualTo("page");
        assertThat(get("/elsewhere").statusCode()).isEqualTo(404);
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + edge.port() + path))
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What the call answers, or the name of what it threw (a connection closed under it). */
    private static String catching(Call call) {
        try {
            return call.get();
        } catch (IOException | InterruptedException e) {
            return e.getClass().getSimpleName();
        }
    }

    @FunctionalInterface
    private interface Call {
        String get() throws IOException, InterruptedException;
    }
}
