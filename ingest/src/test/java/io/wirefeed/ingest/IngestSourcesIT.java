package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.Stage;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * All three inputs of one ingest service at once (HTTP, drop folder, feed poller) against the real broker and
 * registry; a plain consumer then finds every dispatch exactly once, keyed by its dispatch id.
 */
@ExtendWith(InfrastructureExtension.class)
class IngestSourcesIT {

    private static final List<String> FOLDER_FILES = List.of("newsml/newsitem-xinhua.xml", "ninjs/batch.ndjson",
        "iptc7901/dpa-two-messages.txt", "anpa/ap-writethru.anpa", "text/reuters-update-cp1252.txt");

    @Test
    void everyDispatchFromEveryInputIsPublishedOnce(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                    @TempDir Path folder) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry);
        try (FeedServer feed = new FeedServer(Fixtures.bytes("feed/rss2.xml"), "\"v1\"")) {
            settings.with(IngestConfig.FOLDER_PATH_CONFIG, folder)
                .with(IngestConfig.FOLDER_POLL_MS_CONFIG, 100)
                .with(IngestConfig.FOLDER_SETTLE_MS_CONFIG, 150)
                .with(IngestConfig.FEEDS_URLS_CONFIG, feed.url())
                .with(IngestConfig.FEEDS_POLL_INTERVAL_MS_CONFIG, 150);
            List<String> expected = new ArrayList<>();
            try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC())) {
                Path incoming = folder.resolve("incoming");
                for (String fixture : FOLDER_FILES) {
                    Files.write(incoming.resolve(Path.of(fixture).getFileName()), Fixtures.bytes(fixture));
                    Fixtures.parse(fixture).forEach(d -> expected.add(d.getId()));
                }
                Files.write(incoming.resolve("unclosed.xml"), Fixtures.bytes("bad/unclosed.xml"));
                Files.write(incoming.resolve("upload.xml.part"), Fixtures.bytes("newsml/newsitem-canceled.xml"));
                assertThat(postAtom(service.httpPort()).statusCode()).isEqualTo(202);
                Fixtures.parse("feed/atom.xml").forEach(d -> expected.add(d.getId()));
                Fixtures.parse("feed/rss2.xml").forEach(d -> expected.add(d.getId()));

                List<ConsumerRecord<String, Dispatch>> published = TopicContents.await(kafka, registry,
                    settings.dispatches, Dispatch.class, expected.size(), Duration.ofSeconds(30));
                awaitPolls(feed, 4);
                feed.publish(new String(Fixtures.bytes("feed/rss2.xml"), StandardCharsets.UTF_8)
                    .replaceFirst("<item>", "<item><title>Bishkek hosts summit</title><guid>kabar-new-1</guid>"
                        + "<description>BISHKEK, July 8 (Kabar) -- A summit opened.</description></item><item>")
                    .getBytes(StandardCharsets.UTF_8), "\"v2\"");
                expected.add("kabar-new-1");
                published = TopicContents.await(kafka, registry, settings.dispatches, Dispatch.class, expected.size(),
                    Duration.ofSeconds(30));
                awaitPolls(feed, feed.requests() + 3);
                published = TopicContents.read(kafka, registry, settings.dispatches, Dispatch.class);

                assertThat(published).extracting(r -> r.value().getId()).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(published).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getId()));
                assertThat(feed.notModified()).isPositive();
            }
            assertThat(folder.resolve("incoming")).isDirectoryContaining(p -> p.endsWith("upload.xml.part"));
            assertThat(Files.list(folder.resolve("done")).count()).isEqualTo(FOLDER_FILES.size());
            assertThat(folder.resolve("failed/unclosed.xml.error")).content().startsWith("Malformed XML at line 5");
            List<ConsumerRecord<String, DeadLetter>> dead = TopicContents.read(kafka, registry, settings.deadLetters,
                DeadLetter.class);
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(r.value().getStage()).isEqualTo(Stage.INGEST);
                assertThat(r.value().getSource()).isEqualTo("folder:unclosed.xml");
                assertThat(r.value().getReason()).startsWith("Malformed XML at line 5");
                assertThat(r.value().getOriginal()).isEqualTo(ByteBuffer.wrap(Fixtures.bytes("bad/unclosed.xml")));
            });
        }
    }

    private static HttpResponse<String> postAtom(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/v1/dispatches")).header("Authorization", "Bearer " + IngestSettings.API_KEY)
            .header("Content-Type", "application/atom+xml")
            .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.bytes("feed/atom.xml"))).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitPolls(FeedServer feed, int requests) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (feed.requests() < requests && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
