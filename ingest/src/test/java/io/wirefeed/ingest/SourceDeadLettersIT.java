package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.ingest.feed.FeedPoller;
import io.wirefeed.ingest.folder.DropFolder;
import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the folder and the poller cannot ingest reaches the dead-letter topic once, with its reason. */
@ExtendWith(InfrastructureExtension.class)
class SourceDeadLettersIT {

    @Test
    void aBrokenFeedIsDeadLetteredOnceAcrossPolls(KafkaEndpoint kafka, RegistryEndpoint registry) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry);
        try (FeedServer feed = new FeedServer(Fixtures.bytes("bad/unclosed.xml"), "\"broken\"");
             PublicationLedger ledger = ledger(settings)) {
            // A server without validators: each poll fetches the same broken body again.
            feed.publish(Fixtures.bytes("bad/unclosed.xml"), "\"never-matches-" + System.nanoTime() + "\"");
            FeedPoller poller = new FeedPoller(URI.create(feed.url()), HttpClient.newHttpClient(), Duration.ofSeconds(5),
                new WireFormats(), ledger, new IngestMetrics(new SimpleMeterRegistry()), 1 << 20, Clock.systemUTC());

            for (int i = 0; i < 3; i++) {
                assertThat(poller.poll()).isZero();
            }

            List<ConsumerRecord<String, DeadLetter>> dead = TopicContents.read(kafka, registry, settings.deadLetters,
                DeadLetter.class);
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(r.value().getSource()).isEqualTo("feed:" + feed.url());
                assertThat(r.value().getReason()).startsWith("Malformed XML at line 5");
                assertThat(r.value().getOriginal()).isEqualTo(ByteBuffer.wrap(Fixtures.bytes("bad/unclosed.xml")));
                assertThat(r.value().getContentType()).startsWith("application/rss+xml");
            });
        }
    }

    @Test
    void anOversizedFileIsKeptInFailedAndDeadLetteredWithItsReason(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                                   @TempDir Path dir) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry);
        byte[] huge = ("{\"uri\":\"urn:h\",\"headline\":\"" + "x".repeat(2048) + "\"}").getBytes();
        try (PublicationLedger ledger = ledger(settings)) {
            DropFolder folder = new DropFolder(dir, new WireFormats(), ledger,
                new IngestMetrics(new SimpleMeterRegistry()), Duration.ZERO, 10, 1024, Clock.systemUTC());
            Files.write(dir.resolve("incoming/huge.json"), huge);

            assertThat(folder.scan()).isEqualTo(1);
        }

        assertThat(dir.resolve("failed/huge.json")).hasBinaryContent(huge);
        assertThat(dir.resolve("failed/huge.json.error")).content()
            .contains("File of " + huge.length + " bytes is over the limit of 1024");
        assertThat(TopicContents.read(kafka, registry, settings.deadLetters, DeadLetter.class)).singleElement()
            .satisfies(r -> assertThat(r.value().getSource()).isEqualTo("folder:huge.json"));
    }

    private static PublicationLedger ledger(IngestSettings settings) {
        IngestConfig config = settings.config();
        TopicSetup.ensure(config.kafkaClientConfig(), List.of(new TopicSetup.Wanted(settings.dispatches, 1, false),
            new TopicSetup.Wanted(settings.deadLetters, 1, false), new TopicSetup.Wanted(settings.state, 1, true)));
        return PublicationLedger.open(config.kafkaClientConfig(), config.serdeConfig(),
            new PublicationLedger.Topics(settings.dispatches, settings.deadLetters, settings.state),
            "dead-letters-" + System.nanoTime());
    }
}
