package io.wirefeed.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's HTTP edge on the JDK's server: {@code GET /health} (the service's own liveness check: 503 with the
 * reason when it is alive but of no use, so that an orchestrator restarts it), {@code GET /ready} (the service's own
 * readiness check), {@code GET /metrics} (Prometheus), and the routes the service declares.
 * Handlers are thin; anything they throw becomes a 500 without details; unknown paths are 404 and wrong
 * methods 405.
 *
 * <p>With {@link Limits}, the edge defends itself: the probes and metrics get a server (port, threads) of their
 * own, so that clients of the routes cannot starve them; requests wait for a thread in a bounded queue, and
 * beyond it are answered 503 at once; a request (reading it included) that runs past the time limit has its
 * connection closed, so a client trickling its headers holds a thread no longer than that.
 */
public final class HttpEdge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpEdge.class);
    private static final long DRAIN_LIMIT = 4L * 1024 * 1024;
    /** Set on the overflow threads: a request that found the queue full is answered 503 without being handled. */
    private static final ThreadLocal<Boolean> OVERLOADED = new ThreadLocal<>();
    /** Threads answering 503, requests waiting for them, and how long one may take to send its headers. */
    private static final int OVERFLOW_THREADS = 4;
    private static final int OVERFLOW_WAITING = 16;
    private static final long OVERFLOW_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long WATCH_EVERY_MS = 200;

    static {
        // The JDK server writes headers and body in separate packets; with Nagle's algorithm on, each answer
        // waits out the client's delayed ACK (about 40 ms). Read once, when the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /**
     * How the edge protects itself.
     *
     * @param threads        threads handling the routes' requests
     * @param queue          requests that may wait for one of them; beyond, 503
     * @param requestTimeout longest a request may take, from its first byte read to its answer written
     * @param probes         where /health, /ready and /metrics listen; null: beside the routes
     */
    public record Limits(int threads, int queue, Duration requestTimeout, InetSocketAddress probes) {
    }

    /** One route's work: an exchange in, a reply out. */
    @FunctionalInterface
    public interface Handler {
        HttpReply handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final HttpServer probeServer;
    private final ExecutorService executor;
    private final ExecutorService overflow;
    private final ExecutorService refuser;
    private final Semaphore overflowAdmitted = new Semaphore(OVERFLOW_THREADS + OVERFLOW_WAITING);
    private final ExecutorService probeExecutor;
    private final ScheduledExecutorService watchdog;
    private final Semaphore admitted;
    private final Map<Thread, Running> running = new ConcurrentHashMap<>();
    private final long timeoutNanos;
    private volatile Supplier<String> liveness = () -> null;

    /** The edge with health, readiness and metrics on the same port as the routes, without limits. */
    public HttpEdge(InetSocketAddress address, int threads, BooleanSupplier ready, String notReadyReason,
                    PrometheusMeterRegistry metrics) throws IOException {
        this(address, new Limits(threads, Integer.MAX_VALUE - threads, null, null), ready, notReadyReason, metrics);
    }

    /** The edge with health, readiness and metrics; declare routes, then {@link #start()}. */
    public HttpEdge(InetSocketAddress address, Limits limits, BooleanSupplier ready, String notReadyReason,
                    PrometheusMeterRegistry metrics) throws IOException {
        server = HttpServer.create(address, 128);
        executor = Executors.newFixedThreadPool(limits.threads(), daemon("http-edge"));
        overflow = Executors.newFixedThreadPool(OVERFLOW_THREADS, daemon("http-edge-overflow"));
        refuser = Executors.newSingleThreadExecutor(daemon("http-edge-refuser"));
        admitted = new Semaphore(limits.threads() + limits.queue());
        timeoutNanos = limits.requestTimeout() == null ? 0 : limits.requestTimeout().toNanos();
        watchdog = timeoutNanos == 0 ? null : Executors.newSingleThreadScheduledExecutor(daemon("http-edge-watchdog"));
        if (watchdog != null) {
            watchdog.scheduleWithFixedDelay(this::cutOverdue, WATCH_EVERY_MS, WATCH_EVERY_MS, TimeUnit.MILLISECONDS);
        }
        server.setExecutor(this::admit);
        if (limits.probes() == null) {
            probeServer = server;
            probeExecutor = null;
        } else {
            probeServer = HttpServer.create(limits.probes(), 16);
            probeExecutor = Executors.newFixedThreadPool(2, daemon("http-probes"));
            probeServer.setExecutor(probeExecutor);
            probeServer.createContext("/", exchange -> send(exchange, HttpReply.error(404, "No such endpoint")));
        }
        route(probeServer, "/health", "GET", exchange -> health(liveness.get()));
        route(probeServer, "/ready", "GET", exchange -> ready.getAsBoolean()
            ? HttpReply.json(200, Map.of("status", "READY"))
            : HttpReply.json(503, Map.of("status", "NOT_READY", "reason", notReadyReason)));
        route(probeServer, "/metrics", "GET", exchange -> HttpReply.text(200,
            "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
        server.createContext("/", exchange -> send(exchange, HttpReply.error(404, "No such endpoint")));
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Runs an exchange on a worker if one is free or a queue place is; otherwise on an overflow thread, which
     * answers 503 once the headers are in (within a second); when even those are taken, the connection is closed
     * without a word: the exchange runs interrupted, so its first read closes the channel.
     */
    private void admit(Runnable exchange) {
        if (admitted.tryAcquire()) {
            executor.execute(() -> {
                try {
                    timed(exchange, timeoutNanos);
                } finally {
                    admitted.release();
                }
            });
        } else if (overflowAdmitted.tryAcquire()) {
            overflow.execute(() -> {
                OVERLOADED.set(Boolean.TRUE);
                try {
                    timed(exchange, Math.min(timeoutNanos == 0 ? Long.MAX_VALUE : timeoutNanos,
                        OVERFLOW_TIMEOUT_NANOS));
                } finally {
                    OVERLOADED.remove();
                    overflowAdmitted.release();
                }
            });
        } else {
            refuser.execute(() -> {
                Thread.currentThread().interrupt();
                try {
                    exchange.run();
                } finally {
                    Thread.interrupted();
                }
            });
        }
    }

    /** An exchange known to the watchdog while it runs: past its time limit, its thread is interrupted. */
    private void timed(Runnable exchange, long limitNanos) {
        if (watchdog == null || limitNanos == 0) {
            exchange.run();
            return;
        }
        Thread thread = Thread.currentThread();
        Running entry = new Running(thread, System.nanoTime() + limitNanos);
        running.put(thread, entry);
        try {
            exchange.run();
        } finally {
            synchronized (entry) {
                running.remove(thread, entry);
            }
            // An interrupt the watchdog delivered belongs to this exchange, not to the next one.
            Thread.interrupted();
        }
    }

    /**
     * Interrupts the threads of requests past the time limit. A thread blocked reading or writing the socket
     * (an interruptible channel) has the channel closed under it: the slow client is disconnected.
     */
    private void cutOverdue() {
        long now = System.nanoTime();
        for (Running entry : running.values()) {
            if (now - entry.deadline() > 0) {
                synchronized (entry) {
                    if (running.remove(entry.thread(), entry)) {
                        LOG.debug("Request on {} over the time limit; closing its connection", entry.thread());
                        entry.thread().interrupt();
                    }
                }
            }
        }
    }

    private record Running(Thread thread, long deadline) {
    }

    /**
     * What {@code /health} checks: the supplier answers null while the service is alive, or why it is not (a
     * stream whose threads all died). Without one, the process answering is enough.
     */
    public HttpEdge liveness(Supplier<String> problem) {
        this.liveness = problem;
        return this;
    }

    static HttpReply health(String problem) {
        return problem == null ? HttpReply.json(200, Map.of("status", "UP"))
            : HttpReply.json(503, Map.of("status", "DOWN", "reason", problem));
    }

    public HttpEdge route(String path, String method, Handler handler) {
        return route(server, path, method, handler, false);
    }

    /**
     * A route that answers as long as it likes (server-sent events): its handler either returns a reply (a
     * refusal) or writes the answer on the exchange itself and returns null. The request's time limit stops once
     * the handler is called: a stream is long by design, so the handler bounds it (its lifetime, what it queues).
     */
    public HttpEdge stream(String path, String method, Handler handler) {
        return route(server, path, method, handler, true);
    }

    private HttpEdge route(HttpServer on, String path, String method, Handler handler) {
        return route(on, path, method, handler, false);
    }

    private HttpEdge route(HttpServer on, String path, String method, Handler handler, boolean streams) {
        if ("/".equals(path)) {
            // The root context answers every path no other context takes: the route keeps those 404s (below).
            on.removeContext("/");
        }
        on.createContext(path, exchange -> {
            HttpReply reply;
            if (OVERLOADED.get() != null) {
                reply = HttpReply.error(503, "Too many requests waiting; retry shortly").withHeader("Retry-After", "1")
                    .withHeader("Connection", "close");
            } else if (!exchange.getRequestURI().getPath().equals(path)) {
                reply = HttpReply.error(404, "No such endpoint");
            } else if (!exchange.getRequestMethod().equals(method)) {
                reply = HttpReply.error(405, "Use " + method + " on " + path).withHeader("Allow", method);
            } else {
                try {
                    if (streams) {
                        untimed(Thread.currentThread());
                    }
                    reply = handler.handle(exchange);
                } catch (IOException | RuntimeException e) {
                    LOG.error("{} {} failed", method, path, e);
                    reply = HttpReply.error(500, "Internal error");
                }
            }
            if (reply != null) {
                send(exchange, reply);
            }
        });
        return this;
    }

    /** Takes the thread's request out of the watchdog's watch. */
    private void untimed(Thread thread) {
        Running entry = running.get(thread);
        if (entry != null) {
            synchronized (entry) {
                running.remove(thread, entry);
            }
        }
    }

    public HttpEdge start() {
        server.start();
        if (probeServer != server) {
            probeServer.start();
        }
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The port of /health, /ready and /metrics (the routes' port unless {@link Limits#probes()} is set). */
    public int probePort() {
        return probeServer.getAddress().getPort();
    }

    /**
     * Sends the reply. A reply marked {@code Connection: close} (a refusal: unauthenticated, overloaded) leaves
     * the request body unread; for others, what the handler left of it is read first.
     */
    private static void send(HttpExchange exchange, HttpReply reply) throws IOException {
        try (exchange) {
            if (!"close".equalsIgnoreCase(reply.headers().get("Connection"))) {
                drain(exchange.getRequestBody());
            }
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    /**
     * Reads what the handler left of the request body (a refused one: too large), up to a bound, so that a
     * client still sending it reads the answer instead of a reset connection. Past the bound the connection is
     * dropped: a client sending more than that after a refusal is not worth the bandwidth.
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
        if (probeServer != server) {
            probeServer.stop(0);
        }
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        overflow.shutdownNow();
        refuser.shutdownNow();
        if (probeExecutor != null) {
            probeExecutor.shutdownNow();
        }
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
