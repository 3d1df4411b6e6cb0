package io.wirefeed.service.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichService;
import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.ingest.IngestService;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.service.CommandRun;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wirefeed dead-letters} on the real broker and registry, with ingest (its drop folder) making the dead
 * letters and enrichment judging what a replay sends. Ingest runs with a version bound of 10 jumps, so two files are
 * dead-lettered for their versions, beside a broken one; the operator then raises the bound (the rule relaxed since)
 * and replays: the two files' dispatches reach the dispatches topic and enrichment (the one among them that had
 * already gone through comes out a DUPLICATE, not a second story), the broken one is a dead letter again with its
 * reason; a second replay sends nothing, a replay asked again makes only DUPLICATEs, a dry run writes nothing.
 */
@ExtendWith(InfrastructureExtension.class)
class DeadLettersCommandIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private KafkaEndpoint kafka;
    private RegistryEndpoint registry;
    private String run;
    private Map<String, String> topics;
    private Path strict;
    private Path relaxed;

    @Test
    void listShowAndReplayASelectionIdempotently(KafkaEndpoint kafka, RegistryEndpoint registry, @TempDir Path dir)
            throws Exception {
        this.kafka = kafka;
        this.registry = registry;
        run = "dl" + System.nanoTime();
        topics = Map.of("topic.dispatches", run + ".dispatches", "topic.dead.letters", run + ".dead-letters",
            "topic.ingest.state", run + ".ingest-state");
        strict = settingsFile(dir.resolve("strict.properties"), 10);
        relaxed = settingsFile(dir.resolve("relaxed.properties"), 1000);
        Path folder = Files.createDirectories(dir.resolve("drop"));
        try (IngestService ingest = IngestService.start(new IngestConfig(ingestSettings(folder)), Clock.systemUTC());
             EnrichService enrich = EnrichService.start(new EnrichConfig(enrichSettings(dir.resolve("state"))),
                 Clock.systemUTC())) {
            String broken = deadLetterThreeFiles(folder);

            listsAndShows(broken);
            dryRunSaysWhatWouldHappenAndWritesNothing(broken);
            replayPublishesWhatIsReadNowAndDeadLettersTheRestAgain(broken);
            aSecondReplaySendsNothingAndOneAskedAgainOnlyDuplicates();
        }
    }

    /** One file goes through; two are refused for their versions, one is broken. Returns the broken one's id. */
    private String deadLetterThreeFiles(Path folder) throws Exception {
        Files.writeString(folder.resolve("incoming/a.json"), ninjs("urn:dl:a", 1, "Mongolia's parliament approves "
            + "the budget", "ULAANBAATAR, July 7 (Montsame) -- Mongolia's parliament approved the 2027 budget."));
        awaitCount(topics.get("topic.dispatches"), Dispatch.class, 1);
        Files.writeString(folder.resolve("incoming/b.json"), ninjs("urn:dl:b", 50, "Kazakhstan opens a grain "
            + "terminal", "ASTANA, July 7 (Kazinform) -- A grain terminal opened on the Caspian coast on Monday."));
        Files.writeString(folder.resolve("incoming/ac.ndjson"), ninjs("urn:dl:a", 1, "Mongolia's parliament "
            + "approves the budget", "ULAANBAATAR, July 7 (Montsame) -- Mongolia's parliament approved the 2027 "
            + "budget.") + "\n" + ninjs("urn:dl:c", 40, "Kyrgyz miners strike", "BISHKEK, July 7 (Kabar) -- "
            + "Gold miners in the Kumtor region stopped work over unpaid wages.") + "\n");
        Files.writeString(folder.resolve("incoming/broken.xml"), "<newsItem xmlns=\"http://iptc.org/std/nar/"
            + "2006-10-01/\" guid=\"urn:dl:x\" version=\"1\"><contentMeta><headline>Unclosed</contentMeta>");
        List<ConsumerRecord<String, DeadLetter>> dead = awaitCount(topics.get("topic.dead.letters"), DeadLetter.class,
            3);
        assertThat(dead).hasSize(3);
        awaitEnriched(1);
        return idOf(dead, "folder:broken.xml");
    }

    private void listsAndShows(String broken) {
        CommandRun list = new CommandRun();
        assertThat(list.run("dead-letters", "list", "-c", strict.toString())).as(list.err()).isZero();
        assertThat(list.out()).startsWith("3 dead letters in " + run + ".dead-letters\n")
            .contains("By stage:\n  3  INGEST\n")
            .contains("\n  2  Dispatch … has version …, beyond the largest accepted, … (ingest.max.version.jump)\n")
            .contains("\n  1  Malformed XML at line …, column …\n")
            .contains("By format:\n  2  ninjs\n  1  newsml-g2\n")
            .contains("By agency:\n  1  Kabar, Montsame\n  1  Kazinform\n  1  unknown\n")
            .contains("By replayed now:\n  3  would be refused again\n");
        CommandRun listRelaxed = new CommandRun();
        assertThat(listRelaxed.run("dead-letters", "list", "-c", relaxed.toString(), "--format", "ninjs")).isZero();
        assertThat(listRelaxed.out()).startsWith("2 dead letters in " + run + ".dead-letters (selected)\n")
            .contains("By replayed now:\n  2  would be published\n");

        CommandRun show = new CommandRun();
        assertThat(show.run("dead-letters", "show", "-c", strict.toString(), broken)).as(show.err()).isZero();
        assertThat(show.out()).contains("Dead letter: " + broken + "\n", "Stage: INGEST\n",
            "Reason: Malformed XML at line 1", "Source: folder:broken.xml\n", "Key: folder:broken.xml\n",
            "Original (", "bytes, as text):\n<newsItem xmlns=");
    }

    private void dryRunSaysWhatWouldHappenAndWritesNothing(String broken) {
        Map<TopicPartition, Long> before = endOffsets();
        CommandRun dryRun = new CommandRun();
        assertThat(dryRun.run("dead-letters", "replay", "-c", relaxed.toString(), "--stage", "ingest", "--dry-run"))
            .as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("Dry run (nothing is written): 3 of the dead letters")
            .contains("would be published: urn:dl:b v50 \"Kazakhstan opens a grain terminal\"")
            .contains("would be published: urn:dl:a v1 \"Mongolia's parliament approves the budget\", urn:dl:c v40")
            .contains(broken + "  would be refused again: Malformed XML at line 1")
            .contains("Would be published: 2, would be refused again 1, cannot be replayed 0, replayed before 0");
        assertThat(endOffsets()).as("a dry run writes nothing").isEqualTo(before);
    }

    private void replayPublishesWhatIsReadNowAndDeadLettersTheRestAgain(String broken) throws Exception {
        CommandRun replay = new CommandRun();
        assertThat(replay.run("dead-letters", "replay", "-c", relaxed.toString(), "--stage", "ingest"))
            .as(replay.err()).isZero();
        assertThat(replay.out()).contains("Published: 2, refused again 1, cannot be replayed 0, replayed before 0");
        assertThat(replay.err()).contains("3/3 letters (100%)");
        assertThat(TopicContents.read(kafka, registry, topics.get("topic.dispatches"), Dispatch.class))
            .extracting(r -> r.value().getId() + "@" + r.value().getVersion())
            .containsExactlyInAnyOrder("urn:dl:a@1", "urn:dl:b@50", "urn:dl:a@1", "urn:dl:c@40");
        List<ConsumerRecord<String, DeadLetter>> again = TopicContents.read(kafka, registry,
            topics.get("topic.dead.letters"), DeadLetter.class);
        assertThat(again).hasSize(4);
        assertThat(again.get(3).value().getSource()).isEqualTo("folder:broken.xml");
        assertThat(again.get(3).value().getReason()).startsWith("Malformed XML at line 1");
        assertThat(header(again.get(3), ReplayRun.REPLAY_OF_HEADER)).isEqualTo(broken);
        assertThat(verdicts(awaitEnriched(4))).containsExactly("urn:dl:a@1 DUPLICATE story urn:dl:a",
            "urn:dl:a@1 UNIQUE story urn:dl:a", "urn:dl:b@50 UNIQUE story urn:dl:b", "urn:dl:c@40 UNIQUE story urn:dl:c");
    }

    private void aSecondReplaySendsNothingAndOneAskedAgainOnlyDuplicates() throws Exception {
        CommandRun second = new CommandRun();
        assertThat(second.run("dead-letters", "replay", "-c", relaxed.toString(), "--reason", "beyond the largest"))
            .as(second.err()).isZero();
        assertThat(second.out()).contains("replayed before, skipped: published urn:dl:b@50")
            .contains("Published: 0, refused again 0, cannot be replayed 0, replayed before 2");
        assertThat(TopicContents.read(kafka, registry, topics.get("topic.dispatches"), Dispatch.class))
            .as("a second replay sends no dispatch").hasSize(4);

        CommandRun forced = new CommandRun();
        assertThat(forced.run("dead-letters", "replay", "-c", relaxed.toString(), "--reason", "beyond the largest",
            "--again")).as(forced.err()).isZero();
        assertThat(forced.out()).contains("Published: 2, refused again 0");
        assertThat(verdicts(awaitEnriched(7))).as("sent again, only DUPLICATEs of themselves").containsExactly(
            "urn:dl:a@1 DUPLICATE story urn:dl:a", "urn:dl:a@1 DUPLICATE story urn:dl:a",
            "urn:dl:a@1 UNIQUE story urn:dl:a", "urn:dl:b@50 DUPLICATE story urn:dl:b",
            "urn:dl:b@50 UNIQUE story urn:dl:b", "urn:dl:c@40 DUPLICATE story urn:dl:c",
            "urn:dl:c@40 UNIQUE story urn:dl:c");
    }

    private static String ninjs(String uri, int version, String headline, String body) {
        return "{\"uri\":\"" + uri + "\",\"version\":" + version + ",\"headline\":\"" + headline.replace("'", "\\u0027")
            + "\",\"body_text\":\"" + body + "\"}";
    }

    private Path settingsFile(Path file, int versionJump) throws Exception {
        Properties properties = new Properties();
        properties.putAll(topics);
        properties.put("bootstrap.servers", kafka.bootstrapServers());
        properties.put("schema.registry.url", registry.url());
        properties.put("ingest.max.version.jump", String.valueOf(versionJump));
        properties.put("dead.letters.replay.batch", "2");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, null);
        }
        return file;
    }

    private Map<String, Object> ingestSettings(Path folder) {
        Map<String, Object> settings = new HashMap<>(topics);
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        settings.put("schema.registry.url", registry.url());
        settings.put("auto.register.schemas", "true");
        settings.put(IngestConfig.HTTP_API_KEYS_CONFIG, "dead-letters-test");
        settings.put(IngestConfig.HTTP_HOST_CONFIG, "127.0.0.1");
        settings.put(IngestConfig.HTTP_PORT_CONFIG, "0");
        settings.put(IngestConfig.HTTP_PROBES_PORT_CONFIG, "0");
        settings.put(IngestConfig.TOPICS_PARTITIONS_CONFIG, "1");
        settings.put(IngestConfig.MAX_VERSION_JUMP_CONFIG, "10");
        settings.put(IngestConfig.FOLDER_PATH_CONFIG, folder.toString());
        settings.put(IngestConfig.FOLDER_POLL_MS_CONFIG, "100");
        settings.put(IngestConfig.FOLDER_SETTLE_MS_CONFIG, "0");
        settings.put(IngestConfig.TRANSACTIONAL_ID_CONFIG, run + "-ingest");
        return settings;
    }

    private Map<String, Object> enrichSettings(Path state) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        settings.put("schema.registry.url", registry.url());
        settings.put("auto.register.schemas", "true");
        settings.put(EnrichConfig.APPLICATION_ID_CONFIG, run + "-enrich");
        settings.put(EnrichConfig.DISPATCHES_TOPIC_CONFIG, topics.get("topic.dispatches"));
        settings.put(EnrichConfig.DEAD_LETTER_TOPIC_CONFIG, topics.get("topic.dead.letters"));
        settings.put(EnrichConfig.ENRICHED_TOPIC_CONFIG, run + ".enriched");
        settings.put(EnrichConfig.ALERTS_TOPIC_CONFIG, run + ".alerts");
        settings.put(EnrichConfig.TRENDS_TOPIC_CONFIG, run + ".trends");
        settings.put(EnrichConfig.RULES_TOPIC_CONFIG, run + ".rules");
        settings.put(EnrichConfig.TOPICS_PARTITIONS_CONFIG, "1");
        settings.put(EnrichConfig.STATE_DIR_CONFIG, state.toString());
        settings.put(EnrichConfig.HTTP_HOST_CONFIG, "127.0.0.1");
        settings.put(EnrichConfig.HTTP_PORT_CONFIG, "0");
        settings.put("kafka.commit.interval.ms", "100");
        return settings;
    }

    private <V extends SpecificRecord> List<ConsumerRecord<String, V>> awaitCount(String topic, Class<V> type,
                                                                                  int count) throws Exception {
        return TopicContents.await(kafka, registry, topic, type, count, WAIT);
    }

    private List<ConsumerRecord<String, EnrichedDispatch>> awaitEnriched(int count) throws Exception {
        List<ConsumerRecord<String, EnrichedDispatch>> enriched = awaitCount(run + ".enriched", EnrichedDispatch.class,
            count);
        assertThat(enriched).as("enriched records").hasSize(count);
        return enriched;
    }

    /** Each enriched dispatch as 'id@version VERDICT story S', sorted. */
    private static List<String> verdicts(List<ConsumerRecord<String, EnrichedDispatch>> enriched) {
        return enriched.stream().map(ConsumerRecord::value).map(e -> e.getId() + "@" + e.getVersion() + " "
            + e.getDedupe().getVerdict() + " story " + e.getStory()).sorted().toList();
    }

    private static String idOf(List<ConsumerRecord<String, DeadLetter>> letters, String source) {
        Predicate<ConsumerRecord<String, DeadLetter>> from = r -> r.value().getSource().equals(source);
        ConsumerRecord<String, DeadLetter> record = letters.stream().filter(from).findFirst().orElseThrow();
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }

    private static String header(ConsumerRecord<String, DeadLetter> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The end offsets of the three topics a replay writes (transaction markers included: any write moves them). */
    private Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers()), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.values().stream().flatMap(topic -> consumer.partitionsFor(topic)
                .stream().map(info -> new TopicPartition(topic, info.partition()))).toList();
            assertThat(partitions).hasSize(3);
            return consumer.endOffsets(partitions);
        }
    }
}
