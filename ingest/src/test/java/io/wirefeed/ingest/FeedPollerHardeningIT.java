package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed poller against servers that misbehave: a redirect to another host is not followed, and a body
 * trickled byte by byte is cut at the deadline, so the drop folder (which shares the poller's thread) goes on.
 */
@ExtendWith(InfrastructureExtension.class)
class FeedPollerHardeningIT {

    @Test
    void aRedirectToAnotherHostIsNotFollowed(KafkaEndpoint kafka, RegistryEndpoint registry) throws Exception {
        AtomicInteger elsewhere = new AtomicInteger();
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        other.createContext("/", exchange -> {
            elsewhere.incrementAndGet();
            byte[] feed = Fixtures.bytes("feed/rss2.xml");
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, feed.length);
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                out.write(feed);
            }
        });
        HttpServer redirecting = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger asked = new AtomicInteger();
        redirecting.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.getResponseHeaders().set("Location", "http://127.0.0.2:" + other.getAddress().getPort()
                + "/feed.xml");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        other.start();
        redirecting.start();
        IngestSettings settings = new IngestSettings(kafka, registry)
            .with(IngestConfig.FEEDS_URLS_CONFIG, "http://127.0.0.1:" + redirecting.getAddress().getPort()
                + "/feed.xml?token=secret")
            .with(IngestConfig.FEEDS_POLL_INTERVAL_MS_CONFIG, 200);
        try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (asked.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            redirecting.stop(0);
            other.stop(0);
        }
        assertThat(asked.get()).isGreaterThanOrEqualTo(3);
        assertThat(elsewhere.get()).as("requests to the other host").isZero();
        assertThat(TopicContents.read(kafka, registry, settings.dispatches, Dispatch.class)).isEmpty();
    }

    @Test
    void aTrickledFeedIsCutAtTheDeadlineAndTheFolderGoesOn(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                           @TempDir Path dir) throws Exception {
        CountDownLatch trickling = new CountDownLatch(1);
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, 0);
            trickling.countDown();
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                // One byte a second for at most 40 s: the test stops by itself whatever the poller does.
                for (int i = 0; i < 40; i++) {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(1_000);
                }
            } catch (IOException | InterruptedException stopped) {
                // the poller gave up: what is wanted
            }
        });
        slow.start();
        IngestSettings settings = new IngestSettings(kafka, registry)
            .with(IngestConfig.FEEDS_URLS_CONFIG, "http://127.0.0.1:" + slow.getAddress().getPort() + "/feed.xml")
            .with(IngestConfig.FEEDS_POLL_INTERVAL_MS_CONFIG, 60_000)
            .with("feeds.deadline.ms", 2_000)
            .with(IngestConfig.FOLDER_PATH_CONFIG, dir)
            .with(IngestConfig.FOLDER_POLL_MS_CONFIG, 100)
            .with(IngestConfig.FOLDER_SETTLE_MS_CONFIG, 0);
        try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC())) {
            assertThat(trickling.await(20, TimeUnit.SECONDS)).isTrue();
            Files.write(dir.resolve("incoming/story.json"), Fixtures.bytes("ninjs/ninjs1-ap.json"));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!Files.exists(dir.resolve("done/story.json")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(dir.resolve("done/story.json")).as("ingested while the feed trickles").exists();
        } finally {
            slow.stop(0);
        }
    }
}
