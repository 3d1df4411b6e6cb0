package io.wirefeed.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichService;
import io.wirefeed.launcher.faults.PipelineRecords;
import io.wirefeed.launcher.faults.SinkedStores;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.OriginalRef;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.Rule;
import io.wirefeed.schema.RuleKind;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.OpenSearchEndpoint;
import io.wirefeed.stack.PostgresEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wirefeed reprocess} on the real broker, registry and both sinks in a Connect worker. Three stories go
 * through the enrichment (one updated, one killed); an operator then puts a watchlist entry on the rules topic that
 * names the company of one of them. A dry run writes nothing; the reprocess re-tags the current version of each
 * story that was not killed, writes the one whose tags changed as a re-tag of its version, and the sinks replace
 * that version's row and document with the new tags, one row per version and one document per id as before. Once the
 * entry is dropped, a second run takes the tag back; a record on the topic that is no dispatch is counted and named;
 * a write the broker refuses (a record over the producer's size) stops the run with exit code 1.
 */
@ExtendWith(InfrastructureExtension.class)
class ReprocessCommandIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String WATCHED = "wikidata:Q999000111";

    private KafkaEndpoint kafka;
    private RegistryEndpoint registry;
    private String run;

    @Test
    void reTagsTheCurrentVersionsOfARangeAndTheSinksApplyIt(KafkaEndpoint kafka, RegistryEndpoint registry,
            PostgresEndpoint postgres, OpenSearchEndpoint search, @TempDir Path dir) throws Exception {
        this.kafka = kafka;
        this.registry = registry;
        run = "rp" + System.nanoTime();
        Instant received = Instant.now().minusSeconds(600);
        Map<String, String> enrichSettings = enrichSettings(dir.resolve("state"));
        Path settings = settingsFile(dir.resolve("enrich.properties"), enrichSettings);
        try (EnrichService enrich = EnrichService.start(new EnrichConfig(enrichSettings), Clock.systemUTC());
             SinkedStores stores = SinkedStores.start(kafka.bootstrapServers(), registry.url(), run + ".enriched",
                 postgres, search.url(), dir.resolve("connect"))) {
            PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), run + ".dispatches", List.of(
                dispatch("urn:rp:mine", 1, PubStatus.USABLE, received,
                    "Qarluq Minerals opens a gold mine in Kyrgyzstan", "BISHKEK, June 7 (Kabar) -- Qarluq Minerals "
                        + "opened a gold mine near Talas on Monday. The company expects to employ 900 people."),
                dispatch("urn:rp:mine", 2, PubStatus.USABLE, received.plusSeconds(60),
                    "Qarluq Minerals opens a gold mine in Kyrgyzstan", "BISHKEK, June 7 (Kabar) -- Qarluq Minerals "
                        + "opened a gold mine near Talas on Monday, President Sadyr Japarov said. Qarluq expects to "
                        + "employ 900 people."),
                dispatch("urn:rp:rain", 1, PubStatus.USABLE, received.plusSeconds(120),
                    "Heavy rain floods roads in Almaty", "ALMATY, June 7 (Kazinform) -- Heavy rain flooded roads in "
                        + "Almaty on Monday, the city's emergency department said."),
                dispatch("urn:rp:quake", 1, PubStatus.USABLE, received.plusSeconds(180),
                    "Quake shakes Dushanbe", "DUSHANBE, June 7 (Khovar) -- A quake shook Dushanbe on Monday."),
                dispatch("urn:rp:quake", 2, PubStatus.CANCELED, received.plusSeconds(240),
                    "KILL: Quake shakes Dushanbe", "Withdrawn.")),
                Dispatch::getId);
            List<ConsumerRecord<String, EnrichedDispatch>> published = TopicContents.await(kafka, registry,
                run + ".enriched", EnrichedDispatch.class, 5, WAIT);
            EnrichedDispatch update = published.stream().map(ConsumerRecord::value)
                .filter(d -> d.getId().equals("urn:rp:mine") && d.getVersion() == 2).findFirst().orElseThrow();
            assertThat(update.getEntities()).extracting(Entity::getId).doesNotContain(WATCHED);
            stores.awaitRows("rows", 5, WAIT);
            watch("Qarluq Minerals");

            Map<TopicPartition, Long> before = endOffsets(run + ".enriched");
            String[] range = {"--from", received.minusSeconds(1).toString(), "--to", Instant.now().toString()};
            CommandRun dryRun = new CommandRun();
            assertThat(dryRun.run(args("--dry-run", range, settings))).as(dryRun.err()).isZero();
            assertThat(dryRun.out()).contains("Dry run: 2 dispatches re-tagged, 1 with changed tags, nothing written");
            assertThat(endOffsets(run + ".enriched")).as("a dry run writes nothing").isEqualTo(before);

            CommandRun reprocess = new CommandRun();
            assertThat(reprocess.run(args("--rate", range, settings))).as(reprocess.err()).isZero();
            assertThat(reprocess.out()).contains("Re-tagged 2 dispatches, 1 with changed tags; 1 written (read 5 "
                + "records: 1 dispatches of the range killed, 0 updated after it, 0 earlier re-tags)");
            assertThat(reprocess.err()).contains("2/2 dispatches (100%)");

            List<ConsumerRecord<String, EnrichedDispatch>> after = TopicContents.await(kafka, registry,
                run + ".enriched", EnrichedDispatch.class, 6, WAIT);
            assertThat(after).hasSize(6);
            ConsumerRecord<String, EnrichedDispatch> retag = after.stream().filter(r -> r.value().getRetag())
                .findFirst().orElseThrow();
            assertThat(retag.key()).isEqualTo(published.stream()
                .filter(r -> r.value().getId().equals("urn:rp:mine")).findFirst().orElseThrow().key());
            assertThat(retag.value().getRetag()).isTrue();
            assertThat(List.of(retag.value().getId(), retag.value().getVersion(), retag.value().getStory(),
                    retag.value().getDedupe()))
                .isEqualTo(List.of(update.getId(), update.getVersion(), update.getStory(), update.getDedupe()));
            assertThat(retag.value().getEntities()).extracting(Entity::getId).contains(WATCHED);

            awaitRetagged(stores);
            assertThat(stores.rows()).as("one row per version, as before")
                .containsExactlyInAnyOrder("urn:rp:mine@1", "urn:rp:mine@2", "urn:rp:rain@1", "urn:rp:quake@1",
                    "urn:rp:quake@2");
            assertThat(stores.column("urn:rp:mine", 2, "entities")).contains(WATCHED);
            assertThat(stores.column("urn:rp:mine", 1, "retag")).isEqualTo("false");
            assertThat(stores.column("urn:rp:rain", 1, "retag")).isEqualTo("false");
            JsonNode document = stores.document("urn:rp:mine");
            assertThat(document.path("_version").asLong()).as("the version the document holds").isEqualTo(2);
            assertThat(document.path("_source").path("retag").asBoolean()).isTrue();
            assertThat(document.path("_source").path("entityIds").toString()).contains(WATCHED);
            assertThat(stores.deadLettered()).isZero();

            aRunAfterTheRuleIsDroppedTakesBackWhatTheRunBeforeAdded(stores, settings, range);
            aRecordThatIsNoDispatchIsCountedAndNamed(settings, range);
            aWriteTheBrokerRefusesStopsTheRunInOneLine(dir, enrichSettings, range);
        }
    }

    private void aRunAfterTheRuleIsDroppedTakesBackWhatTheRunBeforeAdded(SinkedStores stores, Path settings,
                                                                          String[] range) throws Exception {
        send(run + ".rules", "watch-qarluq", null);
        CommandRun again = new CommandRun();
        assertThat(again.run(args("--rate", range, settings))).as(again.err()).isZero();
        assertThat(again.out()).contains("Re-tagged 2 dispatches, 1 with changed tags; 1 written (read 6 records: 1 "
            + "dispatches of the range killed, 0 updated after it, 1 earlier re-tags)");
        await("the watched entity gone from both stores", () -> !stores.column("urn:rp:mine", 2, "entities")
            .contains(WATCHED) && !stores.document("urn:rp:mine").path("_source").path("entityIds").toString()
            .contains(WATCHED));
        assertThat(stores.rows()).hasSize(5);
    }

    private void aRecordThatIsNoDispatchIsCountedAndNamed(Path settings, String[] range) throws Exception {
        long offset = send(run + ".enriched", "urn:rp:rain", "not avro".getBytes(StandardCharsets.UTF_8));
        CommandRun dryRun = new CommandRun();
        assertThat(dryRun.run(args("--dry-run", range, settings))).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("Dry run: 2 dispatches re-tagged, 0 with changed tags, nothing written")
            .contains(", 1 unreadable, the first " + run + ".enriched/");
        assertThat(dryRun.out()).contains("/" + offset + " unreadable: ");
    }

    private void aWriteTheBrokerRefusesStopsTheRunInOneLine(Path dir, Map<String, String> enrichSettings,
                                                            String[] range) throws Exception {
        Map<String, String> small = new HashMap<>(enrichSettings);
        small.put("kafka.max.request.size", "300");
        Path settings = settingsFile(dir.resolve("small.properties"), small);
        CommandRun refused = new CommandRun();
        assertThat(refused.run(args("--unchanged-too", range, settings))).isEqualTo(1);
        assertThat(refused.err()).contains("Reprocess stopped: Writing a re-tag to " + run + ".enriched failed after "
            + "0 were written: ");
    }

    /** Sends a raw record (a null value is a tombstone); returns its offset. */
    private long send(String topic, String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers(), "acks", "all"), new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get().offset();
        }
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** Waits until both stores hold the re-tag. */
    private static void awaitRetagged(SinkedStores stores) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            boolean row = "true".equals(stores.column("urn:rp:mine", 2, "retag"));
            boolean document = stores.document("urn:rp:mine").path("_source").path("retag").asBoolean();
            if (row && document) {
                return;
            }
            assertThat(System.nanoTime()).as("re-tag in PostgreSQL %s, in OpenSearch %s", row, document)
                .isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static String[] args(String option, String[] range, Path settings) {
        // "--rate" stands for a run at 50 a second, any other option for itself
        List<String> args = new ArrayList<>(List.of("reprocess", "-c", settings.toString()));
        args.addAll(List.of(range));
        args.addAll(option.equals("--rate") ? List.of("--rate", "50") : List.of(option));
        return args.toArray(String[]::new);
    }

    private void watch(String company) {
        Rule rule = Rule.newBuilder().setId("watch-qarluq").setKind(RuleKind.WATCHLIST)
            .setDefinition("entity ORGANIZATION " + company + "\nid " + WATCHED + "\n")
            .setUpdatedAt(Instant.now()).build();
        PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), run + ".rules", List.of(rule),
            Rule::getId);
    }

    private static Dispatch dispatch(String id, int version, PubStatus status, Instant received, String headline,
                                     String body) {
        return Dispatch.newBuilder()
            .setId(id).setVersion(version).setAgency("Kabar").setFormat(SourceFormat.NINJS)
            .setReceivedAt(received).setPubStatus(status).setLanguage("en")
            .setHeadline(headline).setBody(body).setSubjects(List.of()).setSignals(List.of())
            .setOriginal(OriginalRef.newBuilder().setSource("test").setSha256("0".repeat(64)).setSize(0).build())
            .build();
    }

    private Map<String, String> enrichSettings(Path state) {
        Map<String, String> settings = new HashMap<>();
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        settings.put("schema.registry.url", registry.url());
        settings.put("auto.register.schemas", "true");
        settings.put(EnrichConfig.APPLICATION_ID_CONFIG, run + "-enrich");
        settings.put(EnrichConfig.DISPATCHES_TOPIC_CONFIG, run + ".dispatches");
        settings.put(EnrichConfig.DEAD_LETTER_TOPIC_CONFIG, run + ".dead-letters");
        settings.put(EnrichConfig.ENRICHED_TOPIC_CONFIG, run + ".enriched");
        settings.put(EnrichConfig.ALERTS_TOPIC_CONFIG, run + ".alerts");
        settings.put(EnrichConfig.TRENDS_TOPIC_CONFIG, run + ".trends");
        settings.put(EnrichConfig.RULES_TOPIC_CONFIG, run + ".rules");
        settings.put(EnrichConfig.TOPICS_PARTITIONS_CONFIG, "2");
        settings.put(EnrichConfig.STATE_DIR_CONFIG, state.toString());
        settings.put(EnrichConfig.HTTP_HOST_CONFIG, "127.0.0.1");
        settings.put(EnrichConfig.HTTP_PORT_CONFIG, "0");
        settings.put("kafka.commit.interval.ms", "100");
        return settings;
    }

    /** The enrichment's settings as its properties file, which reprocess reads as it is. */
    private static Path settingsFile(Path file, Map<String, String> settings) throws Exception {
        Properties properties = new Properties();
        properties.putAll(settings);
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, null);
        }
        return file;
    }

    private Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers()), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            return consumer.endOffsets(consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList());
        }
    }
}
