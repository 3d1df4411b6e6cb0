package io.wirefeed.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's HTTP edge on the JDK's server: {@code GET /health} (the process answers), {@code GET /ready}
 * (the service's own readiness check), {@code GET /metrics} (Prometheus), and the routes the service declares.
 * Handlers are thin; anything they throw becomes a 500 without details; unknown paths are 404 and wrong
 * methods 405.
 */
public final class HttpEdge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpEdge.class);
    private static final long DRAIN_LIMIT = 4L * 1024 * 1024;

    static {
        // The JDK server writes headers and body in separate packets; with Nagle's algorithm on, each answer
        // waits out the client's delayed ACK (about 40 ms). Read once, when the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** One route's work: an exchange in, a reply out. */
    @FunctionalInterface
    public interface Handler {
        HttpReply handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor;

    /** The edge with health, readiness and metrics; declare routes, then {@link #start()}. */
    public HttpEdge(InetSocketAddress address, int threads, BooleanSupplier ready, String notReadyReason,
                    PrometheusMeterRegistry metrics) throws IOException {
        server = HttpServer.create(address, 128);
        executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "http-edge");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        route("/health", "GET", exchange -> HttpReply.json(200, Map.of("status", "UP")));
        route("/ready", "GET", exchange -> ready.getAsBoolean() ? HttpReply.json(200, Map.of("status", "READY"))
            : HttpReply.json(503, Map.of("status", "NOT_READY", "reason", notReadyReason)));
        route("/metrics", "GET", exchange -> HttpReply.text(200, "text/plain; version=0.0.4; charset=utf-8",
            metrics.scrape()));
        server.createContext("/", exchange -> send(exchange, HttpReply.error(404, "No such endpoint")));
    }

    public HttpEdge route(String path, String method, Handler handler) {
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
        return this;
    }

    public HttpEdge start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void send(HttpExchange exchange, HttpReply reply) throws IOException {
        try (exchange) {
            drain(exchange.getRequestBody());
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    /**
     * Reads what the handler left of the request body (a refused one: too large, unauthorized), up to a bound, so
     * that a client still sending it reads the answer instead of a reset connection. Past the bound the
     * connection is dropped: a client sending more than that after a refusal is not worth the bandwidth.
     */
    private static void drain(InputStream body) {
        try {
            long skipped = 0;
            byte[] buffer = new byte[8_192];
            for (int read = body.read(buffer); read >= 0 && skipped < DRAIN_LIMIT; read = body.read(buffer)) {
                skipped += read;
            }
        } catch (IOException clientGone) {
            LOG.debug("Request body not drained", clientGone);
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
