package io.wirefeed.ingest.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service's HTTP edge, every route declared here: {@code POST /v1/dispatches},
 * {@code GET /health} (the process answers), {@code GET /ready} (Kafka answers), {@code GET /metrics}
 * (Prometheus). Handlers are thin; anything they throw becomes a 500 without details.
 */
public final class IngestHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestHttpServer.class);

    static {
        // The JDK server writes headers and body in separate packets; with Nagle's algorithm on, each answer
        // waits out the client's delayed ACK (about 40 ms). Read once, when the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** One route's work: an exchange in, a reply out. */
    @FunctionalInterface
    interface Handler {
        HttpReply handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor;

    public IngestHttpServer(InetSocketAddress address, int threads, DispatchEndpoint dispatches,
                            KafkaReadiness readiness, PrometheusMeterRegistry metrics) throws IOException {
        server = HttpServer.create(address, 128);
        executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ingest-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        route("/v1/dispatches", "POST", dispatches::post);
        route("/health", "GET", exchange -> HttpReply.json(200, Map.of("status", "UP")));
        route("/ready", "GET", exchange -> readiness.ready() ? HttpReply.json(200, Map.of("status", "READY"))
            : HttpReply.json(503, Map.of("status", "NOT_READY", "reason", "Kafka does not answer")));
        route("/metrics", "GET", exchange -> HttpReply.text(200, "text/plain; version=0.0.4; charset=utf-8",
            metrics.scrape()));
        server.createContext("/", exchange -> send(exchange, HttpReply.error(404, "No such endpoint")));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void route(String path, String method, Handler handler) {
        server.createContext(path, exchange -> {
            HttpReply reply;
            if (!exchange.getRequestURI().getPath().equals(path)) {
                reply = HttpReply.error(404, "No such endpoint");
            } else if (!exchange.getRequestMethod().equals(method)) {
                reply = HttpReply.error(405, "Use " + method + " on " + path).withHeader("Allow", method);
            } else {
                try {
                    reply = handler.handle(exchange);
                } catch (IOException | RuntimeException e) {
                    LOG.error("{} {} failed", method, path, e);
                    reply = HttpReply.error(500, "Internal error");
                }
            }
            send(exchange, reply);
        });
    }

    private static void send(HttpExchange exchange, HttpReply reply) throws IOException {
        try (exchange) {
            // An unread body (a 413, say) is not drained: the server drops the connection past a small amount.
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
