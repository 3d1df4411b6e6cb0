package io.wirefeed.ingest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * An agency's web server publishing one feed, for the feed poller to fetch over real HTTP: it honours
 * If-None-Match with 304, as feed servers do, and counts what it was asked.
 */
final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private volatile byte[] feed;
    private volatile String etag;

    FeedServer(byte[] feed, String etag) throws IOException {
        this.feed = feed;
        this.etag = etag;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                String current = this.etag;
                if (current.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                byte[] body = this.feed;
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                exchange.getResponseHeaders().set("ETag", current);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    void publish(byte[] newFeed, String newEtag) {
        this.feed = newFeed;
        this.etag = newEtag;
    }

    int requests() {
        return requests.get();
    }

    /** Waits until the server was asked {@code count} times in all, or the time is up. */
    void awaitRequests(int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (requests.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    int notModified() {
        return notModified.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
