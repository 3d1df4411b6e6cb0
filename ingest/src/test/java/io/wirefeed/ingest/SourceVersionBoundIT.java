package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
 * A version beyond the bound (ingest.max.version.jump) is refused from the drop folder and from feeds as it is
 * over HTTP: a file or feed item whose version of 2147483647 would win over every later correction is set aside
 * with the reason, and what else arrives is published.
 */
@ExtendWith(InfrastructureExtension.class)
class SourceVersionBoundIT {

    private static final byte[] KILL_FOR_GOOD = new String(Fixtures.bytes("newsml/newsitem-canceled.xml"),
        StandardCharsets.UTF_8).replace("version=\"3\"", "version=\"2147483647\"").getBytes(StandardCharsets.UTF_8);

    @Test
    void aFileWithAVersionBeyondTheBoundIsSetAsideAndTheNextIngested(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                                     @TempDir Path folder) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry)
            .with(IngestConfig.FOLDER_PATH_CONFIG, folder)
            .with(IngestConfig.FOLDER_POLL_MS_CONFIG, 100)
            .with(IngestConfig.FOLDER_SETTLE_MS_CONFIG, 0);
        try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC())) {
            Files.write(folder.resolve("incoming/kill.xml"), KILL_FOR_GOOD);
            Files.write(folder.resolve("incoming/good.json"), Fixtures.bytes("ninjs/ninjs1-ap.json"));

            List<ConsumerRecord<String, DeadLetter>> dead = TopicContents.await(kafka, registry, settings.deadLetters,
                DeadLetter.class, 1, Duration.ofSeconds(30));
            List<ConsumerRecord<String, Dispatch>> published = TopicContents.await(kafka, registry,
                settings.dispatches, Dispatch.class, 1, Duration.ofSeconds(30));

            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(r.value().getStage()).isEqualTo(Stage.INGEST);
                assertThat(r.value().getSource()).isEqualTo("folder:kill.xml");
                assertThat(r.value().getReason()).contains("version 2147483647", "ingest.max.version.jump");
            });
            assertThat(published).extracting(r -> r.value().getId())
                .containsExactly(Fixtures.parse("ninjs/ninjs1-ap.json").get(0).getId());
        }
        assertThat(folder.resolve("failed/kill.xml.error")).content().contains("version 2147483647");
        assertThat(folder.resolve("done/good.json")).exists();
    }

    /** Feeds carry versions only as headline markers (UPDATE 2- is the third), so the bound is set low here. */
    @Test
    void aFeedItemWithAVersionBeyondTheBoundIsDeadLetteredOnceAndTheOthersPublished(KafkaEndpoint kafka,
            RegistryEndpoint registry) throws Exception {
        byte[] rss = new String(Fixtures.bytes("feed/rss2.xml"), StandardCharsets.UTF_8)
            .replace("<title>Kyrgyzstan to host CSTO exercise</title>",
                "<title>UPDATE 50-Kyrgyzstan to host CSTO exercise</title>").getBytes(StandardCharsets.UTF_8);
        try (FeedServer feed = new FeedServer(rss, "\"v1\"")) {
            IngestSettings settings = new IngestSettings(kafka, registry)
                .with(IngestConfig.FEEDS_URLS_CONFIG, feed.url())
                .with(IngestConfig.FEEDS_POLL_INTERVAL_MS_CONFIG, 100)
                .with(IngestConfig.MAX_VERSION_JUMP_CONFIG, 10);
            try (IngestService service = IngestService.start(settings.config(), Clock.systemUTC())) {
                List<ConsumerRecord<String, Dispatch>> published = TopicContents.await(kafka, registry,
                    settings.dispatches, Dispatch.class, 1, Duration.ofSeconds(30));
                feed.publish(rss, "\"v2\"");
                feed.awaitRequests(feed.requests() + 3, Duration.ofSeconds(20));

                assertThat(published).extracting(r -> r.value().getHeadline())
                    .containsExactly("Issyk-Kul tourist season opens");
            }
            assertThat(TopicContents.read(kafka, registry, settings.dispatches, Dispatch.class)).hasSize(1);
            assertThat(TopicContents.read(kafka, registry, settings.deadLetters, DeadLetter.class)).singleElement()
                .satisfies(r -> {
                    assertThat(r.value().getSource()).startsWith("feed:" + feed.url());
                    assertThat(r.value().getReason()).contains("kabar-2026-07-07-001", "version 51",
                        "ingest.max.version.jump");
                });
        }
    }
}
