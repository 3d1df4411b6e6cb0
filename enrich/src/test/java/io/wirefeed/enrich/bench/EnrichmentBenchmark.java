package io.wirefeed.enrich.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.Enricher;
import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.InMemoryDedupeStore;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import io.wirefeed.enrich.entity.EntityRecognizer;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.topic.TopicClassifier;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.schema.MediaTopic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dispatches per second on one thread, per enrichment step and for the whole chain, on a dispatch of the length
 * the speed target is set for (2,532 characters, eleven paragraphs). Each chain call enriches a new id, so the dedupe
 * state grows as it would in production, and new strings of the same text, so that nothing read of one call's
 * text is found again in the next. How to run it: docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// The rules make large methods that C2 takes some 15 seconds to compile on 2 cores: a shorter warm-up measures
// the compiler, not the code.
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EnrichmentBenchmark {

    static final String BODY = "TASHKENT, July 7 (Xinhua) -- Security chiefs of five Central Asian states agreed on "
        + "Tuesday to hold joint counter-terrorism drills near the Afghan border next spring, the Security Council of "
        + "Uzbekistan said in a statement.\n\nThe exercise will involve about 3,000 troops and special forces units "
        + "from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, the statement said, adding that "
        + "observers from the Shanghai Cooperation Organization (SCO) and the Collective Security Treaty "
        + "Organization had been invited.\n\nThe SCO's Regional Anti-Terrorist Structure, based in Tashkent, will "
        + "coordinate the drills. Its director, Ruslan Mirzaev, said the threat from militant groups in northern "
        + "Afghanistan had grown over the past year.\n\nPresident Shavkat Mirziyoyev told the meeting that border "
        + "security and the fight against drug trafficking remained priorities for Uzbekistan. Mirziyoyev also "
        + "called for closer cooperation between intelligence services.\n\nThe Kazakh and Kyrgyz delegations "
        + "proposed a joint centre to monitor the financing of extremist groups, a proposal the ministers agreed "
        + "to study before their next meeting in Almaty in October.\n\nCentral Asian states have stepped up "
        + "security cooperation since an attack on a border post in Tajikistan in May killed four guards.\n\n"
        + "Kazakhstan's Interior Minister Yerzhan Sadenov said after the talks that his country would send "
        + "a battalion of its national guard and two helicopter crews, and that the Kyrgyz border service had "
        + "asked for help with surveillance drones along the Ferghana Valley.\n\nTajikistan, which shares a "
        + "1,344-km border with Afghanistan, has asked the Collective Security Treaty Organization for "
        + "equipment worth about 30 million U.S. dollars. A spokesman for the State Committee for National "
        + "Security in Dushanbe said the request would be discussed at a summit in Moscow next "
        + "month.\n\nRussia, which keeps its 201st military base in Tajikistan, welcomed the plan. Kremlin "
        + "spokesman Dmitry Peskov told reporters in Moscow that President Vladimir Putin had been briefed and "
        + "supported closer work with the Central Asian partners.\n\nChina's Ministry of Public Security sent "
        + "an observer to the meeting, the Uzbek Foreign Ministry said. Beijing has pledged to fund a training "
        + "centre for border guards in Kashgar.\n\nAnalysts at the Carnegie Endowment for International Peace "
        + "said the drills showed how worried the region's governments had become since the Taliban returned to "
        + "power in Kabul in August 2021, though they doubted the five states would agree on a joint command.";

    private final LanguageDetector language = new LanguageDetector();
    private final EntityRecognizer entities = EntityRecognizer.standard();
    private final TopicClassifier topics = TopicClassifier.shipped();
    private Enricher chain;
    private Dispatch dispatch;
    private Map<String, String> fields;
    private long sequence;

    @Setup
    public void setUp() {
        chain = new Enricher(new DispatchDescriber(language, entities, topics), new Deduplicator(
            new InMemoryDedupeStore(), Duration.ofDays(7)), Clock.systemUTC());
        dispatch = Dispatch.newBuilder(SampleDispatches.dispatch("bench", 1)).setBody(BODY)
            .setHeadline("Central Asian states agree on joint counter-terrorism drills").build();
        fields = new LinkedHashMap<>();
        fields.put("headline", dispatch.getHeadline());
        fields.put("dateline", dispatch.getDateline().getText());
        fields.put("body", BODY);
    }

    @Benchmark
    public String language() {
        return language.detect(dispatch.getHeadline() + "\n" + BODY, "en");
    }

    @Benchmark
    public List<Entity> entities() {
        return entities.recognise(fresh(fields));
    }

    @Benchmark
    public List<MediaTopic> topics() {
        return topics.classify(dispatch.getHeadline(), BODY, dispatch.getSubjects());
    }

    @Benchmark
    public TextFingerprint fingerprint() {
        return TextFingerprint.of(dispatch.getHeadline(), BODY, dispatch.getDateline().getText());
    }

    @Benchmark
    public EnrichedDispatch wholeChain() {
        sequence++;
        return chain.enrich(Dispatch.newBuilder(dispatch).setId("bench-" + sequence)
            .setHeadline(new String(dispatch.getHeadline())).setBody(new String(BODY))
            .setReceivedAt(Instant.now()).build());
    }

    /**
     * The fields as new strings, as each dispatch read from Kafka brings: the recogniser keeps what it read of the
     * last few texts it saw, by identity, and the same strings again would find all of it read already.
     */
    private static Map<String, String> fresh(Map<String, String> fields) {
        Map<String, String> copies = new LinkedHashMap<>();
        fields.forEach((field, text) -> copies.put(field, new String(text)));
        return copies;
    }
}
