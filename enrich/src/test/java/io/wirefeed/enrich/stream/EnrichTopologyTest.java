package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.Rule;
import io.wirefeed.schema.RuleKind;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.schema.Trend;
import io.wirefeed.schema.TrendKind;
import io.wirefeed.schema.TrendWindow;
import io.wirefeed.serde.SpecificAvroSerde;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every step and every output of the topology, driven record by record, with the production settings; time is
 * the test's: the wall clock the processors read and the one their punctuations run on move together, only when
 * a test moves them.
 */
class EnrichTopologyTest {

    private static final EnrichTopics TOPICS = new EnrichTopics("dispatches", "enriched", "alerts", "trends",
        "dead-letters", "rules", "embargoed-alerts");
    private static final DispatchDescriber DESCRIBER = DispatchDescriber.standard();
    private static final String STORY = "TASHKENT, July 7 (Xinhua) -- Security chiefs of five Central Asian states "
        + "agreed on Tuesday to hold joint counter-terrorism drills near the Afghan border next spring, the "
        + "Security Council of Uzbekistan said.\n\nThe exercise will involve about 3,000 troops and special forces "
        + "from Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, the statement said.";
    private static final Instant T0 = Instant.parse("2026-07-07T08:00:00Z");
    /** What production runs with unless told otherwise. */
    private static final Duration DEFAULT_GRACE = Duration.ofMillis((Long) EnrichConfig.SERVICE_DEF.defaultValues()
        .get(EnrichConfig.REORDER_GRACE_MS_CONFIG));
    private static final Duration GRACE = Duration.ofMillis(200);
    /** Longer than the reorder buffer's punctuation interval: a punctuation runs within any step this long. */
    private static final Duration PUNCTUATION = Duration.ofMillis(100);

    @TempDir
    Path stateDir;
    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final TestClock clock = new TestClock(T0);
    /** The registry of the topology started last (a gauge stays with the metrics first registered under its name). */
    private SimpleMeterRegistry meters;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Dispatch> dispatches;
    private TestInputTopic<String, byte[]> rawDispatches;
    private TestOutputTopic<String, EnrichedDispatch> enriched;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<String, Trend> trends;
    private TestOutputTopic<String, Alert> embargoedAlerts;
    private SpecificAvroSerde<Rule> rulesSerde;

    @BeforeEach
    void start() {
        startWith(DEFAULT_GRACE);
    }

    private void startWith(Duration reorderGrace) {
        startWith(reorderGrace, EnrichTopology.EmbargoSettings.DEFAULT);
    }

    private void startWith(Duration reorderGrace, EnrichTopology.EmbargoSettings embargo) {
        meters = new SimpleMeterRegistry();
        SpecificAvroSerde<Dispatch> dispatchSerde = serde(Dispatch.class);
        SpecificAvroSerde<EnrichedDispatch> enrichedSerde = serde(EnrichedDispatch.class);
        SpecificAvroSerde<Alert> alertSerde = serde(Alert.class);
        SpecificAvroSerde<Trend> trendSerde = serde(Trend.class);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(DeadLetterHandler.TOPIC_CONFIG, TOPICS.deadLetters());
        config.put(DeadLetterHandler.REGISTRY_CLIENT_CONFIG, registry);
        rulesSerde = serde(Rule.class);
        driver = new TopologyTestDriver(EnrichTopology.build(StreamTopics.of(TOPICS, new EnrichTopology.AvroSerdes(
            dispatchSerde, enrichedSerde, alertSerde, trendSerde, rulesSerde)), 1, new EnrichTopology.Describing(DESCRIBER,
            rules -> rules.describer(new LanguageDetector(), MediaTopics.shipped(), List.of()), Duration.ofSeconds(30)),
            AlertPolicy.COUNTER_TERRORISM,
            new EnrichTopology.DedupeSettings(Duration.ofDays(7), reorderGrace), embargo,
            EnrichMetricsTest.bound(meters), clock), config, clock.instant());
        dispatches = driver.createInputTopic(TOPICS.dispatches(), new StringSerializer(), dispatchSerde.serializer());
        rawDispatches = driver.createInputTopic(TOPICS.dispatches(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(TOPICS.enriched(), Serdes.String().deserializer(), enrichedSerde.deserializer());
        alerts = driver.createOutputTopic(TOPICS.alerts(), Serdes.String().deserializer(), alertSerde.deserializer());
        trends = driver.createOutputTopic(TOPICS.trends(), Serdes.String().deserializer(), trendSerde.deserializer());
        embargoedAlerts = driver.createOutputTopic(TOPICS.embargoedAlerts(), Serdes.String().deserializer(),
            alertSerde.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private <T extends SpecificRecord> SpecificAvroSerde<T> serde(Class<T> type) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(registry, type);
        serde.configure(Map.of(), false);
        return serde;
    }

    private static Dispatch dispatch(String id, int version, String body, int urgency, Instant at) {
        return Dispatch.newBuilder(SampleDispatches.dispatch(id, version)).setBody(body).setUrgency(urgency)
            .setHeadline("Central Asian states agree on counter-terrorism drills").setReceivedAt(at).build();
    }

    private void send(Dispatch dispatch) {
        dispatches.pipeInput(dispatch.getId(), dispatch, dispatch.getReceivedAt());
    }

    /** Moves the processors' clock and the driver's wall clock, which runs their punctuations, together. */
    private void advance(Duration duration) {
        clock.advance(duration);
        driver.advanceWallClockTime(duration);
    }

    @Test
    void versionsDuplicatesAndKillsAreJudgedAndKeyedByStory() {
        send(dispatch("xinhua-1", 1, STORY, 5, T0));
        send(dispatch("xinhua-1", 2, STORY + "\n\nMore details followed.", 5, T0.plusSeconds(60)));
        send(dispatch("afp-7", 1, STORY.replace("(Xinhua) --", "(AFP) -") + "\n\nThe talks were closed.", 5,
            T0.plusSeconds(120)));
        send(dispatch("resend-3", 1, STORY, 5, T0.plusSeconds(180)));
        send(Dispatch.newBuilder(dispatch("xinhua-1", 3, "Withdrawn.", 5, T0.plusSeconds(240)))
            .setPubStatus(PubStatus.CANCELED).build());

        List<KeyValue<String, EnrichedDispatch>> out = enriched.readKeyValuesToList();

        assertThat(out).extracting(kv -> kv.value.getDedupe().getVerdict()).containsExactly(DedupeVerdict.UNIQUE,
            DedupeVerdict.UPDATE, DedupeVerdict.NEAR_DUPLICATE, DedupeVerdict.DUPLICATE, DedupeVerdict.KILL);
        assertThat(out).extracting(kv -> kv.key).containsOnly("xinhua-1");
        assertThat(out).allSatisfy(kv -> assertThat(kv.value.getStory()).isEqualTo(kv.key));
        EnrichedDispatch first = out.get(0).value;
        assertThat(first.getLanguage()).isEqualTo("en");
        assertThat(first.getEntities()).extracting(e -> e.getName()).contains("Tashkent", "Uzbekistan");
        assertThat(first.getTopics()).extracting(t -> t.getCode()).contains("medtop:20000103");
    }

    /**
     * The dedupe step sees only what a verdict depends on: the dispatch waits, described, in its partition's task
     * until its ruling comes back, and nothing of it is left there once it is published.
     */
    @Test
    void aDescribedDispatchIsParkedUntilItsRulingComesBackThenTakenOut() {
        driver.close();
        startWith(GRACE);
        KeyValueStore<Long, EnrichedDispatch> parked = driver.getKeyValueStore(ParkedDispatches.STORE);
        send(dispatch("xinhua-1", 1, STORY, 5, clock.instant()));
        send(dispatch("xinhua-1", 2, STORY + "\n\nMore details followed.", 5, clock.instant().plusMillis(1)));

        assertThat(count(parked)).as("both versions parked while the reorder buffer holds their arrivals").isEqualTo(2);
        assertThat(meters.get("wirefeed.enrich.parked").gauge().value()).isEqualTo(2.0);
        assertThat(parked.get(0L).getId()).isEqualTo("xinhua-1");
        assertThat(parked.get(1L).getVersion()).isEqualTo(2);
        assertThat(parked.get(1L).getEntities()).as("parked described").isNotEmpty();

        advance(GRACE.plus(PUNCTUATION));

        assertThat(enriched.readValuesToList()).extracting(d -> d.getVersion() + ":" + d.getDedupe().getVerdict())
            .containsExactly("1:UNIQUE", "2:UPDATE");
        assertThat(count(parked)).as("taken out when published").isZero();
        assertThat(meters.get("wirefeed.enrich.parked").gauge().value()).isZero();
    }

    private static long count(KeyValueStore<Long, EnrichedDispatch> store) {
        try (KeyValueIterator<Long, EnrichedDispatch> all = store.all()) {
            long count = 0;
            for (; all.hasNext(); all.next()) {
                count++;
            }
            return count;
        }
    }

    /**
     * With a grace, a dispatch waits in the reorder buffer until the clock is that far past its receipt, and no
     * longer than a punctuation after; one received before a backlog built up is not held again.
     */
    @Test
    void withAGraceEachDispatchIsHeldThatLongAfterItsReceiptThenJudged() {
        driver.close();
        startWith(GRACE);
        send(dispatch("xinhua-1", 1, STORY, 5, clock.instant()));

        advance(GRACE.minusMillis(1));
        assertThat(enriched.isEmpty()).as("held for the grace").isTrue();
        advance(PUNCTUATION);
        assertThat(enriched.readValuesToList()).extracting(d -> d.getId() + ":" + d.getDedupe().getVerdict())
            .containsExactly("xinhua-1:UNIQUE");

        send(dispatch("backlog-2", 1, "BISHKEK, July 7 (Kabar) -- The tourist season opened at Lake Issyk-Kul.", 5,
            clock.instant().minusSeconds(600)));
        assertThat(enriched.isEmpty()).as("judged at a punctuation, not on arrival").isTrue();
        advance(PUNCTUATION);
        assertThat(enriched.readValuesToList()).extracting(EnrichedDispatch::getId).containsExactly("backlog-2");
    }

    @Test
    void withAGraceLookAlikesReachingDedupeOutOfOrderAreJudgedInTheOrderTheyWereReceived() {
        driver.close();
        startWith(GRACE);
        Instant received = clock.instant();
        advance(Duration.ofMillis(150));
        send(dispatch("afp-7", 1, STORY.replace("(Xinhua) --", "(AFP) -") + "\n\nThe talks were closed.", 5,
            received.plusMillis(100)));
        send(dispatch("xinhua-1", 1, STORY, 5, received));

        advance(GRACE.plus(PUNCTUATION));

        assertThat(enriched.readValuesToList()).extracting(d -> d.getId() + ":" + d.getDedupe().getVerdict())
            .containsExactly("xinhua-1:UNIQUE", "afp-7:NEAR_DUPLICATE");
    }

    @Test
    void withNoGraceEachDispatchIsJudgedAsItArrives() {
        driver.close();
        startWith(Duration.ZERO);
        send(dispatch("afp-7", 1, STORY.replace("(Xinhua) --", "(AFP) -") + "\n\nThe talks were closed.", 5,
            T0.plusSeconds(120)));
        List<TestRecord<String, EnrichedDispatch>> first = enriched.readRecordsToList();
        assertThat(first).extracting(r -> r.value().getId() + ":" + r.value().getDedupe().getVerdict())
            .containsExactly("afp-7:UNIQUE");
        assertThat(first.get(0).headers().toArray()).as("an untraced dispatch").isEmpty();

        send(dispatch("xinhua-1", 1, STORY, 5, T0));
        assertThat(enriched.readValuesToList()).extracting(d -> d.getId() + ":" + d.getDedupe().getVerdict())
            .containsExactly("xinhua-1:NEAR_DUPLICATE");
    }

    @Test
    void aTracedDispatchIsStampedAtEachStepAndKeepsOnlyItsTraceOthersNoHeaders() {
        driver.close();
        startWith(Duration.ZERO);
        Dispatch traced = dispatch("xinhua-1", 1, STORY, 5, T0);
        dispatches.pipeInput(new TestRecord<>(traced.getId(), traced, new RecordHeaders()
            .add(StageTimeHeaders.TRACE, "trace-1".getBytes(StandardCharsets.UTF_8)), T0));
        send(dispatch("afp-7", 1, "Another story altogether, on wheat prices in Kazakhstan.", 3, T0));

        List<TestRecord<String, EnrichedDispatch>> out = enriched.readRecordsToList();
        assertThat(out).hasSize(2);
        Headers trace = out.get(0).headers();
        assertThat(trace.lastHeader(StageTimeHeaders.TRACE).value()).asString(StandardCharsets.UTF_8)
            .isEqualTo("trace-1");
        assertThat(StageTimeHeaders.micros(trace, StageTimeHeaders.DESCRIBE)).hasValue(T0.toEpochMilli() * 1_000);
        assertThat(StageTimeHeaders.micros(trace, StageTimeHeaders.JUDGE)).hasValue(T0.toEpochMilli() * 1_000);
        assertThat(StageTimeHeaders.micros(trace, StageTimeHeaders.UNPARK)).hasValue(T0.toEpochMilli() * 1_000);
        assertThat(trace.toArray()).extracting(Header::key).containsExactlyInAnyOrder(StageTimeHeaders.TRACE,
            StageTimeHeaders.DESCRIBE, StageTimeHeaders.JUDGE, StageTimeHeaders.UNPARK);
        assertThat(out.get(1).headers().toArray()).as("an untraced dispatch").isEmpty();
    }

    @Test
    void urgentCounterTerrorismRaisesAnAlertOnceAndOtherNewsNone() {
        send(dispatch("ct-1", 1, STORY, 2, T0));
        send(dispatch("ct-1", 1, STORY, 2, T0.plusSeconds(5)));
        send(Dispatch.newBuilder(dispatch("calm-1", 1, "BISHKEK, July 7 (Kabar) -- The tourist season opened at Lake "
            + "Issyk-Kul on Tuesday with a music festival and a film week.", 2, T0))
            .setHeadline("Issyk-Kul season opens").build());

        List<Alert> raised = alerts.readValuesToList();

        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.getDispatchId()).isEqualTo("ct-1");
            assertThat(alert.getTopics()).contains("medtop:20000103");
            assertThat(alert.getRule()).isEqualTo("ct-urgent");
        });
    }

    @Test
    void rulesAndWatchlistsFromTheRulesTopicApplyWithoutARestart() {
        TestInputTopic<String, Rule> rules = driver.createInputTopic(TOPICS.rules(), new StringSerializer(),
            rulesSerde.serializer());
        send(dispatch("before", 1, "OSH, July 7 (Kabar) -- Kadyrov visited the Osh bazaar on Tuesday.", 5, T0));
        assertThat(enriched.readValuesToList()).singleElement()
            .satisfies(d -> assertThat(d.getEntities()).extracting(e -> e.getName()).doesNotContain("Ruslan Kadyrov"));

        rules.pipeInput("watch-kadyrov", Rule.newBuilder().setId("watch-kadyrov").setKind(RuleKind.WATCHLIST)
            .setDefinition("entity PERSON Ruslan Kadyrov\nid wikidata:Q999999\nalias Kadyrov\nalert\n")
            .setUpdatedAt(T0).build());
        rules.pipeInput("bazaar", Rule.newBuilder().setId("bazaar").setKind(RuleKind.TOPIC)
            .setDefinition("rule bazaar\n topic medtop:04000000\n weight 0.9\n any bazaar\nend\n")
            .setUpdatedAt(T0).build());
        advance(RulesView.REFRESH);
        send(dispatch("after", 1, "OSH, July 7 (Kabar) -- Kadyrov visited the Osh bazaar again on Wednesday.", 5,
            T0.plusSeconds(60)));

        EnrichedDispatch after = enriched.readValuesToList().get(0);
        assertThat(after.getEntities()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("Ruslan Kadyrov");
            assertThat(e.getId()).isEqualTo("wikidata:Q999999");
        });
        assertThat(after.getTopics()).anySatisfy(t -> assertThat(t.getRule()).isEqualTo("bazaar"));
        assertThat(alerts.readValuesToList()).singleElement().satisfies(alert -> {
            assertThat(alert.getRule()).isEqualTo("watchlist");
            assertThat(alert.getEntities()).containsExactly("wikidata:Q999999");
        });
    }

    @Test
    void trendsCountTopicsAndEntitiesPerWindowAndAreQueryable() {
        send(dispatch("a", 1, STORY, 5, T0));
        send(dispatch("b", 1, "ALMATY, July 7 (Kazinform) -- Kazakhstan's central bank kept its key rate at 14.5% "
            + "on Tuesday, citing inflation and the budget.", 5, T0.plusSeconds(30)));

        List<Trend> published = trends.readValuesToList();
        WindowStore<String, Long> day = driver.getWindowStore(EnrichTopology.TRENDS_DAY);

        assertThat(published).anySatisfy(t -> {
            assertThat(t.getKind()).isEqualTo(TrendKind.ENTITY);
            assertThat(t.getKey()).isEqualTo("iso3166:KZ");
            assertThat(t.getCount()).isEqualTo(2);
        });
        assertThat(published).extracting(Trend::getWindow).contains(TrendWindow.DAY, TrendWindow.WEEK);
        assertThat(day.fetchAll(T0.minusSeconds(86_400), T0.plusSeconds(86_400))).toIterable().isNotEmpty();
    }

    /**
     * The stream goes on past a poison record. (The test driver drops the dead-letter records a handler returns;
     * their content is checked in {@code DeadLetterHandlerTest} and on the real broker in the integration test.)
     */
    @Test
    void thePipelineGoesOnPastAPoisonRecord() {
        rawDispatches.pipeInput("bad", "not avro at all".getBytes(), T0);
        send(dispatch("after", 1, STORY, 5, T0.plusSeconds(1)));

        assertThat(enriched.readValuesToList()).extracting(EnrichedDispatch::getId).containsExactly("after");
    }

    private static Dispatch embargoed(Dispatch dispatch, Instant until) {
        return Dispatch.newBuilder(dispatch).setEmbargoedUntil(until).build();
    }

    private List<String> published() {
        return enriched.readRecordsToList().stream().map(r -> r.key() + ":" + r.value().getId() + "@"
            + r.value().getVersion() + ":" + r.value().getDedupe().getVerdict() + ":" + r.timestamp()).toList();
    }

    private double held() {
        return meters.get("wirefeed.enrich.embargo.held").gauge().value();
    }

    private double counted(String name, String... tags) {
        return meters.get(name).tags(tags).counter().count();
    }

    /**
     * An embargoed dispatch is judged at once but published only when the clock reaches its embargo (within a check),
     * once, in embargo order, with the time of its release as its timestamp; what is not embargoed goes at once.
     */
    @Test
    void anEmbargoedDispatchIsHeldUntilItsTimeThenPublishedOnceInOrder() {
        Instant early = T0.plus(Duration.ofMinutes(5));
        Instant late = T0.plus(Duration.ofMinutes(10));
        send(embargoed(dispatch("later-1", 1, STORY, 5, T0), late));
        send(embargoed(dispatch("sooner-2", 1, "BISHKEK, July 7 (Kabar) -- The tourist season opened at Lake "
            + "Issyk-Kul on Tuesday with a music festival.", 5, T0.plusMillis(1)), early));
        send(embargoed(dispatch("past-3", 1, "ALMATY, July 7 (Kazinform) -- Kazakhstan's central bank kept its key "
            + "rate at 14.5% on Tuesday.", 5, T0.plusMillis(2)), T0.minusSeconds(1)));

        assertThat(published()).as("the past embargo only").containsExactly(
            "past-3:past-3@1:UNIQUE:" + T0.plusMillis(2).toEpochMilli());
        assertThat(held()).isEqualTo(2);
        assertThat(trends.readValuesToList()).as("trends of what is published only")
            .noneSatisfy(t -> assertThat(t.getKey()).isEqualTo("iso3166:UZ"));

        advance(Duration.ofMinutes(5).minusMillis(1));
        assertThat(published()).as("before its time").isEmpty();
        advance(EmbargoProcessor.CHECK);
        assertThat(published()).containsExactly("sooner-2:sooner-2@1:UNIQUE:" + clock.millis());
        advance(Duration.ofMinutes(5));
        assertThat(published()).containsExactly("later-1:later-1@1:UNIQUE:" + clock.millis());
        assertThat(trends.readValuesToList()).as("counted once published")
            .anySatisfy(t -> assertThat(t.getKey()).isEqualTo("iso3166:UZ"));
        advance(Duration.ofHours(1));
        assertThat(published()).as("released once").isEmpty();
        assertThat(held()).isZero();
        assertThat(counted("wirefeed.enrich.embargo.released")).isEqualTo(2);
    }

    /** Versions and duplicates are judged when a dispatch arrives, not when it is published. */
    @Test
    void aCopyOfAHeldDispatchUnderAnotherIdIsJudgedAgainstIt() {
        send(embargoed(dispatch("xinhua-1", 1, STORY, 5, T0), T0.plusSeconds(60)));
        send(embargoed(dispatch("resend-9", 1, STORY, 5, T0.plusSeconds(1)), T0.plusSeconds(60)));

        advance(Duration.ofSeconds(61));

        assertThat(published()).containsExactly("xinhua-1:xinhua-1@1:UNIQUE:" + clock.millis(),
            "xinhua-1:resend-9@1:DUPLICATE:" + clock.millis());
    }

    @Test
    void aLaterVersionThatLiftsTheEmbargoIsPublishedAtOnceInsteadOfTheHeldOne() {
        send(embargoed(dispatch("xinhua-1", 1, STORY, 5, T0), T0.plus(Duration.ofHours(1))));
        advance(Duration.ofMinutes(1));
        send(dispatch("xinhua-1", 2, STORY + "\n\nMore followed.", 5, clock.instant()));

        assertThat(published()).containsExactly("xinhua-1:xinhua-1@2:UPDATE:" + clock.millis());
        advance(Duration.ofHours(2));
        assertThat(published()).as("the held version was replaced").isEmpty();
        assertThat(counted("wirefeed.enrich.embargo.dropped", "reason", "replaced")).isEqualTo(1);
        assertThat(held()).isZero();
    }

    @Test
    void aLaterVersionThatMovesTheEmbargoReplacesTheHeldOneAtItsNewTime() {
        Instant moved = T0.plus(Duration.ofHours(2));
        send(embargoed(dispatch("xinhua-1", 1, STORY, 5, T0), T0.plus(Duration.ofHours(1))));
        send(embargoed(dispatch("xinhua-1", 2, STORY + "\n\nMore followed.", 5, T0.plusSeconds(1)), moved));
        assertThat(published()).isEmpty();

        advance(Duration.ofHours(1).plus(EmbargoProcessor.CHECK));
        assertThat(published()).as("not at the old time").isEmpty();
        assertThat(held()).isEqualTo(1);
        advance(Duration.ofHours(1));
        assertThat(published()).containsExactly("xinhua-1:xinhua-1@2:UPDATE:" + clock.millis());
    }

    /** An embargo that ends as the dispatch is judged is over: the dispatch is published at once, not held. */
    @Test
    void aDispatchWhoseEmbargoEndsNowIsPublishedAtOnce() {
        send(embargoed(dispatch("xinhua-1", 1, STORY, 5, T0), clock.instant()));

        assertThat(published()).containsExactly("xinhua-1:xinhua-1@1:UNIQUE:" + T0.toEpochMilli());
        assertThat(held()).isZero();
    }

    @Test
    void aLaterVersionThatMovesTheEmbargoEarlierIsReleasedAtTheEarlierTimeAndTheHeldOneNever() {
        Instant sooner = T0.plus(Duration.ofHours(1));
        send(embargoed(dispatch("xinhua-1", 1, STORY, 5, T0), T0.plus(Duration.ofHours(2))));
        send(embargoed(dispatch("xinhua-1", 2, STORY + "\n\nMore followed.", 5, T0.plusSeconds(1)), sooner));

        advance(Duration.ofHours(1).minusSeconds(1));
        assertThat(published()).as("before the earlier time").isEmpty();
        advance(EmbargoProcessor.CHECK);
        assertThat(published()).containsExactly("xinhua-1:xinhua-1@2:UPDATE:" + clock.millis());
        advance(Duration.ofHours(2));
        assertThat(published()).as("the held version was replaced").isEmpty();
        assertThat(held()).isZero();
    }

    private static Dispatch kill(String id, int version, Instant at) {
        return Dispatch.newBuilder(dispatch(id, version, "Withdrawn.", 5, at)).setPubStatus(PubStatus.CANCELED).build();
    }

    /**
     * A kill of a story held from its first version on would tell subscribers of a story they have not seen, before
     * its embargo: nothing of it was public, so there is nothing to retract, and the kill goes with the held version.
     */
    @Test
    void aKillOfADispatchHeldSinceItsFirstVersionDropsBothAndPublishesNothing() {
        send(embargoed(dispatch("xinhua-1", 1, STORY, 2, T0), T0.plus(Duration.ofHours(1))));
        send(kill("xinhua-1", 2, T0.plusSeconds(1)));

        assertThat(published()).as("no kill of a story never published").isEmpty();
        advance(Duration.ofHours(2));
        assertThat(published()).isEmpty();
        assertThat(alerts.isEmpty()).as("the killed version alerts nobody").isTrue();
        assertThat(counted("wirefeed.enrich.embargo.dropped", "reason", "killed")).isEqualTo(1);
        assertThat(held()).isZero();
    }

    /** Also when the held version replaced an earlier held one (the embargo moved): none of them was published. */
    @Test
    void aKillOfADispatchWhoseEveryVersionWasHeldPublishesNothing() {
        send(embargoed(dispatch("xinhua-1", 1, STORY, 2, T0), T0.plus(Duration.ofHours(1))));
        send(embargoed(dispatch("xinhua-1", 2, STORY + "\n\nMore followed.", 2, T0.plusSeconds(1)),
            T0.plus(Duration.ofHours(2))));
        send(kill("xinhua-1", 3, T0.plusSeconds(2)));

        assertThat(published()).isEmpty();
        advance(Duration.ofHours(3));
        assertThat(published()).isEmpty();
        assertThat(alerts.isEmpty()).isTrue();
        assertThat(held()).isZero();
    }

    /** A kill of a story whose earlier version is public retracts it at once; the held update is never published. */
    @Test
    void aKillOfAHeldUpdateToAPublishedDispatchIsPublishedAtOnce() {
        send(dispatch("xinhua-1", 1, STORY, 5, T0));
        send(embargoed(dispatch("xinhua-1", 2, STORY + "\n\nMore followed.", 2, T0.plusSeconds(1)),
            T0.plus(Duration.ofHours(1))));
        assertThat(published()).containsExactly("xinhua-1:xinhua-1@1:UNIQUE:" + T0.toEpochMilli());
        alerts.readValuesToList();

        send(kill("xinhua-1", 3, T0.plusSeconds(2)));

        assertThat(published()).containsExactly("xinhua-1:xinhua-1@3:KILL:" + T0.plusSeconds(2).toEpochMilli());
        advance(Duration.ofHours(2));
        assertThat(published()).as("the held update was dropped").isEmpty();
        assertThat(alerts.isEmpty()).as("the killed version alerts nobody").isTrue();
        assertThat(counted("wirefeed.enrich.embargo.dropped", "reason", "killed")).isEqualTo(1);
        assertThat(held()).isZero();
    }

    /** A re-send of the held version, even one whose embargo has gone, would show the text early: the held one stands. */
    @Test
    void aReSentCopyOfTheHeldVersionIsNotPublished() {
        send(embargoed(dispatch("xinhua-1", 1, STORY, 5, T0), T0.plus(Duration.ofHours(1))));
        send(dispatch("xinhua-1", 1, STORY, 5, T0.plusSeconds(30)));

        assertThat(published()).isEmpty();
        advance(Duration.ofHours(1));
        assertThat(published()).containsExactly("xinhua-1:xinhua-1@1:UNIQUE:" + clock.millis());
        assertThat(counted("wirefeed.enrich.embargo.dropped", "reason", "resent")).isEqualTo(1);
    }

    @Test
    void alertsOnAnEmbargoedDispatchCarryTheEmbargoAndWaitForIt() {
        Instant until = T0.plus(Duration.ofMinutes(30));
        send(embargoed(dispatch("ct-1", 1, STORY, 2, T0), until));

        assertThat(alerts.isEmpty()).as("before the embargo ends").isTrue();
        assertThat(embargoedAlerts.isEmpty()).as("not opted in").isTrue();
        advance(Duration.ofMinutes(30));
        assertThat(alerts.readValuesToList()).singleElement().satisfies(alert -> {
            assertThat(alert.getDispatchId()).isEqualTo("ct-1");
            assertThat(alert.getEmbargoedUntil()).isEqualTo(until);
        });
    }

    @Test
    void operatorsWhoOptInGetTheAlertsOfAnEmbargoedDispatchAtOnceOnTheirTopic() {
        driver.close();
        startWith(DEFAULT_GRACE, new EnrichTopology.EmbargoSettings(10, true));
        Instant until = T0.plus(Duration.ofMinutes(30));
        send(embargoed(dispatch("ct-1", 1, STORY, 2, T0), until));
        send(dispatch("ct-2", 1, STORY.replace("five", "six") + "\n\nOther words entirely, to be sure.", 2,
            T0.plusSeconds(1)));

        assertThat(embargoedAlerts.readValuesToList()).singleElement().satisfies(alert -> {
            assertThat(alert.getDispatchId()).isEqualTo("ct-1");
            assertThat(alert.getEmbargoedUntil()).isEqualTo(until);
        });
        assertThat(alerts.readValuesToList()).extracting(Alert::getDispatchId).containsExactly("ct-2");
        advance(Duration.ofMinutes(30));
        assertThat(alerts.readValuesToList()).extracting(Alert::getDispatchId).containsExactly("ct-1");
        assertThat(embargoedAlerts.isEmpty()).isTrue();
    }

    /**
     * A dispatch released long after its embargo ended (enrichment was stopped, and what came in meanwhile has moved
     * the trends' stream time on) is still counted: its record's timestamp is its release, not its embargo's end,
     * whose windows have closed.
     */
    @Test
    void aDispatchReleasedLongAfterItsEmbargoEndedIsStillCountedInTheTrends() {
        send(embargoed(dispatch("xinhua-1", 1, STORY, 5, T0), T0.plus(Duration.ofHours(1))));
        trends.readValuesToList();
        clock.advance(Duration.ofDays(2));
        send(dispatch("kabar-2", 1, "BISHKEK, July 9 (Kabar) -- The tourist season opened at Lake Issyk-Kul on "
            + "Thursday with a music festival.", 5, clock.instant()));
        driver.advanceWallClockTime(EmbargoProcessor.CHECK);

        assertThat(published()).extracting(r -> r.split(":")[1]).containsExactly("kabar-2@1", "xinhua-1@1");
        assertThat(trends.readValuesToList()).filteredOn(t -> t.getKey().equals("iso3166:UZ"))
            .filteredOn(t -> t.getWindow() == TrendWindow.DAY).singleElement()
            .satisfies(t -> assertThat(t.getWindowStart()).isEqualTo(T0.plus(Duration.ofDays(2))
                .truncatedTo(ChronoUnit.DAYS)));
    }

    /** A backlog due at once (after a long stop, say) goes out a batch per check, in embargo order. */
    @Test
    void eachCheckReleasesABatchAtMost() {
        driver.close();
        startWith(DEFAULT_GRACE, new EnrichTopology.EmbargoSettings(2, false));
        for (int i = 0; i < 5; i++) {
            send(embargoed(dispatch("d-" + i, 1, "Story number " + i + " about something else " + "x".repeat(i), 5,
                T0.plusMillis(i)), T0.plusSeconds(10 - i)));
        }

        advance(Duration.ofSeconds(10));
        List<String> first = published();
        assertThat(first).hasSize(2);
        advance(EmbargoProcessor.CHECK);
        advance(EmbargoProcessor.CHECK);
        List<String> rest = published();

        assertThat(Stream.concat(first.stream(), rest.stream()).map(r -> r.split(":")[1]))
            .containsExactly("d-4@1", "d-3@1", "d-2@1", "d-1@1", "d-0@1");
    }
}
