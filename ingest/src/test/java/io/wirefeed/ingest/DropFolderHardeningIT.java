package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.ingest.folder.DropFolder;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file, link or parser fault stops the drop folder: what cannot be ingested is set aside in failed/ with its
 * reason, and the files behind it are ingested in the same pass. Links are never followed.
 */
@ExtendWith(InfrastructureExtension.class)
class DropFolderHardeningIT {

    private static final byte[] GOOD = Fixtures.bytes("ninjs/ninjs1-ap.json");

    @Test
    void aDanglingSymlinkIsSetAsideAndTheGoodFileBehindItIngested(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                                  @TempDir Path dir) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry);
        try (PublicationLedger ledger = ledger(settings)) {
            DropFolder folder = folder(dir, new WireFormats(), ledger, 1 << 20);
            Files.createSymbolicLink(dir.resolve("incoming/a-dangling.json"), dir.resolve("nowhere.json"));
            Files.write(dir.resolve("incoming/good.json"), GOOD);

            folder.scan();
        }

        assertThat(dir.resolve("done/good.json")).exists();
        assertThat(Files.isSymbolicLink(dir.resolve("failed/a-dangling.json"))).isTrue();
        assertThat(dir.resolve("failed/a-dangling.json.error")).content().contains("symbolic link");
        assertThat(dir.resolve("incoming")).isEmptyDirectory();
        assertThat(TopicContents.read(kafka, registry, settings.dispatches, Dispatch.class)).hasSize(1);
    }

    @Test
    void aSymlinkToAFileOutsideIsNeverRead(KafkaEndpoint kafka, RegistryEndpoint registry, @TempDir Path dir)
            throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "PARIS, July 7 (AFP) - SECRET=hunter2\n");
        try (PublicationLedger ledger = ledger(settings)) {
            DropFolder folder = folder(dir, new WireFormats(), ledger, 1 << 20);
            Files.createSymbolicLink(dir.resolve("incoming/environ.txt"), secret);

            folder.scan();
        }

        assertThat(Files.isSymbolicLink(dir.resolve("failed/environ.txt"))).isTrue();
        assertThat(secret).content().contains("hunter2");
        assertThat(TopicContents.read(kafka, registry, settings.dispatches, Dispatch.class)).isEmpty();
        assertThat(TopicContents.read(kafka, registry, settings.deadLetters, DeadLetter.class))
            .allSatisfy(r -> assertThat(StandardCharsets.UTF_8.decode(r.value().getOriginal()).toString())
                .doesNotContain("hunter2"));
    }

    @Test
    void aParserFaultSetsTheFileAsideAndTheNextIsIngested(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                          @TempDir Path dir) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry);
        WireFormats faulty = new WireFormats(Map.of(SourceFormat.NINJS, new DispatchParser() {
            @Override
            public SourceFormat format() {
                return SourceFormat.NINJS;
            }

            @Override
            public List<Dispatch> parse(RawDocument document) {
                throw new IllegalStateException("a parser bug");
            }
        }));
        try (PublicationLedger ledger = ledger(settings)) {
            DropFolder folder = folder(dir, faulty, ledger, 1 << 20);
            Files.write(dir.resolve("incoming/boom.json"), GOOD);
            Files.write(dir.resolve("incoming/good.xml"), Fixtures.bytes("newsml/newsitem-xinhua.xml"));

            folder.scan();
        }

        assertThat(dir.resolve("done/good.xml")).exists();
        assertThat(dir.resolve("failed/boom.json")).hasBinaryContent(GOOD);
        assertThat(dir.resolve("failed/boom.json.error")).content().contains("IllegalStateException");
        assertThat(TopicContents.read(kafka, registry, settings.deadLetters, DeadLetter.class)).singleElement()
            .satisfies(r -> assertThat(r.value().getSource()).isEqualTo("folder:boom.json"));
    }

    @Test
    void anErrorFileIsNeverWrittenThroughAPlantedLink(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                      @TempDir Path dir) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry);
        Path victim = Files.writeString(dir.resolve("victim.txt"), "untouched");
        try (PublicationLedger ledger = ledger(settings)) {
            DropFolder folder = folder(dir, new WireFormats(), ledger, 1 << 20);
            Files.createSymbolicLink(dir.resolve("failed/bad.xml.error"), victim);
            Files.write(dir.resolve("incoming/bad.xml"), Fixtures.bytes("bad/unclosed.xml"));

            folder.scan();
        }

        assertThat(victim).hasContent("untouched");
        assertThat(dir.resolve("failed/bad.xml.1")).hasBinaryContent(Fixtures.bytes("bad/unclosed.xml"));
        assertThat(dir.resolve("failed/bad.xml.1.error")).content().startsWith("Malformed XML");
    }

    /** A document over Kafka's record limit ends in the dead letters (its first bytes and digest), not in a loop. */
    @Test
    void documentsOverTheRecordLimitAreDeadLetteredCutWithTheirDigest(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                                     @TempDir Path dir) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry);
        String big = "x".repeat(2 * 1024 * 1024);
        byte[] brokenXml = ("<newsItem><contentSet>" + big).getBytes(StandardCharsets.UTF_8);
        byte[] bigStory = ("{\"uri\":\"urn:big\",\"headline\":\"Big\",\"body_text\":\"" + big + "\"}")
            .getBytes(StandardCharsets.UTF_8);
        try (PublicationLedger ledger = ledger(settings)) {
            DropFolder folder = folder(dir, new WireFormats(), ledger, 4 << 20);
            Files.write(dir.resolve("incoming/broken.xml"), brokenXml);
            Files.write(dir.resolve("incoming/big.json"), bigStory);

            folder.scan();
        }

        assertThat(dir.resolve("failed/broken.xml")).exists();
        assertThat(dir.resolve("failed/big.json")).exists();
        List<ConsumerRecord<String, DeadLetter>> dead = TopicContents.read(kafka, registry, settings.deadLetters,
            DeadLetter.class);
        assertThat(dead).hasSize(2).allSatisfy(r -> {
            assertThat(r.value().getOriginal().remaining()).isLessThan(1024 * 1024);
            assertThat(r.value().getReason()).contains("SHA-256").contains("first");
        });
        assertThat(TopicContents.read(kafka, registry, settings.dispatches, Dispatch.class)).isEmpty();
    }

    private static DropFolder folder(Path dir, WireFormats formats, PublicationLedger ledger, int maxBytes)
            throws Exception {
        return new DropFolder(dir, formats, ledger, new IngestMetrics(new SimpleMeterRegistry()), Duration.ZERO, 10,
            maxBytes, Clock.systemUTC());
    }

    private static PublicationLedger ledger(IngestSettings settings) {
        IngestConfig config = settings.config();
        TopicSetup.ensure(config.kafkaClientConfig(), List.of(new TopicSetup.Wanted(settings.dispatches, 1, false),
            new TopicSetup.Wanted(settings.deadLetters, 1, false), new TopicSetup.Wanted(settings.state, 1, true)));
        return PublicationLedger.open(config.kafkaClientConfig(), config.serdeConfig(),
            new PublicationLedger.Topics(settings.dispatches, settings.deadLetters, settings.state),
            "hardening-" + System.nanoTime());
    }
}
