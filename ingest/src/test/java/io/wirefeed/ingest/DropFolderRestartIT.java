package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.ingest.folder.DropFolder;
import io.wirefeed.ingest.format.Fixtures;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop-folder ingester killed with SIGKILL in the middle of a batch and started again publishes every
 * file exactly once: nothing twice, nothing skipped. The ingester runs as a real service in a child JVM.
 */
@ExtendWith(InfrastructureExtension.class)
class DropFolderRestartIT {

    private static final int FILES = 300;

    @Test
    void aKilledIngesterRestartsWithoutRepeatingOrSkippingAFile(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                                @TempDir Path dir) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry)
            .with(IngestConfig.FOLDER_PATH_CONFIG, dir.resolve("drop"))
            .with(IngestConfig.FOLDER_POLL_MS_CONFIG, 20)
            .with(IngestConfig.FOLDER_SETTLE_MS_CONFIG, 0)
            .with(IngestConfig.FOLDER_BATCH_FILES_CONFIG, 7);
        Path config = writeConfig(dir.resolve("ingest.properties"), settings.asMap());
        Path incoming = Files.createDirectories(dir.resolve("drop/incoming"));
        Path done = dir.resolve("drop/done");
        for (int i = 0; i < FILES; i++) {
            Files.writeString(incoming.resolve("story-" + i + ".json"), "{\"uri\":\"urn:restart:" + i
                + "\",\"copyrightholder\":\"dpa\",\"headline\":\"Story " + i + "\",\"body_text\":\"BERLIN, July 7 (dpa) - "
                + "Paragraph of story " + i + ".\"}", StandardCharsets.UTF_8);
        }

        Process first = startIngester(config, dir.resolve("first.log"));
        awaitCount(done, 40, Duration.ofSeconds(60));
        first.destroyForcibly().waitFor();
        long doneAtKill = count(done);
        assertThat(doneAtKill).as("killed mid-way").isBetween(40L, FILES - 1L);

        Process second = startIngester(config, dir.resolve("second.log"));
        try {
            awaitCount(done, FILES, Duration.ofSeconds(90));
        } finally {
            second.destroy();
            second.waitFor();
        }

        assertThat(count(incoming)).isZero();
        assertThat(count(done)).isEqualTo(FILES);
        List<ConsumerRecord<String, Dispatch>> published = TopicContents.read(kafka, registry, settings.dispatches,
            Dispatch.class);
        Map<String, Long> perId = published.stream()
            .collect(Collectors.groupingBy(r -> r.value().getId(), Collectors.counting()));
        assertThat(perId).hasSize(FILES).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1L));
        assertThat(perId.keySet()).containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, FILES).mapToObj(i -> "urn:restart:" + i).toList());
        assertThat(published).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getId()));
    }

    /** The narrowest window: a crash after the batch committed but before its files were moved. */
    @Test
    void aFileCommittedButNotMovedBeforeACrashIsOnlyMoved(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                          @TempDir Path dir) throws Exception {
        IngestSettings settings = new IngestSettings(kafka, registry);
        IngestConfig config = settings.config();
        TopicSetup.ensure(config.kafkaClientConfig(), List.of(new TopicSetup.Wanted(settings.dispatches, 1, false),
            new TopicSetup.Wanted(settings.deadLetters, 1, false), new TopicSetup.Wanted(settings.state, 1, true)));
        PublicationLedger.Topics topics = new PublicationLedger.Topics(settings.dispatches, settings.deadLetters,
            settings.state);
        Path incoming = Files.createDirectories(dir.resolve("incoming"));
        byte[] bytes = Fixtures.bytes("ninjs/ninjs1-ap.json");
        Files.write(incoming.resolve("ap.json"), bytes);
        RawDocument document = new RawDocument(bytes, null, "folder:ap.json", Instant.now());
        try (PublicationLedger crashed = PublicationLedger.open(config.kafkaClientConfig(), config.serdeConfig(), topics,
                "restart-window")) {
            PublicationLedger.Batch batch = crashed.batch();
            batch.dispatches(new WireFormats().parse(document, null));
            batch.remember("folder:ap.json:" + document.sha256(), "done").commit();
        }

        try (PublicationLedger restarted = PublicationLedger.open(config.kafkaClientConfig(), config.serdeConfig(),
                topics, "restart-window")) {
            DropFolder folder = new DropFolder(dir, new WireFormats(), restarted,
                new IngestMetrics(new SimpleMeterRegistry()), Duration.ZERO, 10, 1 << 20, Clock.systemUTC());
            assertThat(folder.scan()).isEqualTo(1);
        }

        assertThat(dir.resolve("done/ap.json")).exists();
        assertThat(TopicContents.read(kafka, registry, settings.dispatches, Dispatch.class)).hasSize(1);
    }

    private static Process startIngester(Path config, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
            IngestApp.class.getName(), config.toString())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Path writeConfig(Path file, Map<String, Object> settings) throws IOException {
        Properties properties = new Properties();
        settings.forEach((key, value) -> properties.setProperty(key, String.valueOf(value)));
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "DropFolderRestartIT");
        }
        return file;
    }

    private static void awaitCount(Path folder, long count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(folder) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(folder + " holds " + count(folder) + " files, not " + count);
            }
            Thread.sleep(10);
        }
    }

    private static long count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Function.identity()).count();
        }
    }
}
