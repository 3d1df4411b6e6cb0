package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.entity.EntityRecognizer;
import io.wirefeed.enrich.entity.MentionFinder;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.topic.TopicClassifier;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.schema.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dispatch whose description takes longer than the time budget is given up on and dead-lettered, and the stream
 * thread goes on with the next one: it waits for the budget, not for the slow description. The describer here is
 * slow on purpose, and deaf to interruption, as a runaway regular expression would be.
 */
class DescribeBudgetTest {

    private static final Duration BUDGET = Duration.ofMillis(500);
    private static final Duration STALL = Duration.ofSeconds(20);
    private static final String STORY = "TASHKENT, July 7 (Xinhua) -- Security chiefs of five Central Asian states "
        + "agreed on Tuesday to hold joint drills near the Afghan border next spring.";

    /** Finds nothing, and takes {@link #STALL} over a text that says "stall", whatever interrupts it. */
    private static final MentionFinder SLOW_ON_PURPOSE = (field, text, taken) -> {
        if (text.contains("stall")) {
            long end = System.nanoTime() + STALL.toNanos();
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException ignored) {
                    // not listening, as a regular expression stuck in backtracking would not
                }
            }
        }
        return List.of();
    };

    @TempDir
    Path stateDir;
    private DrivenTopology topology;

    @BeforeEach
    void start() {
        DispatchDescriber slow = new DispatchDescriber(new LanguageDetector(),
            new EntityRecognizer(List.of(SLOW_ON_PURPOSE)), TopicClassifier.shipped());
        topology = new DrivenTopology(stateDir, new EnrichTopology.Describing(slow, rules -> slow, BUDGET));
    }

    @AfterEach
    void stop() {
        topology.close();
    }

    private static Dispatch dispatch(String id, String body) {
        return Dispatch.newBuilder(SampleDispatches.dispatch(id, 1)).setBody(body)
            .setReceivedAt(Instant.parse("2026-07-07T08:00:00Z")).build();
    }

    @Test
    void aDispatchOverTheBudgetIsDeadLetteredWithoutHoldingTheStream() {
        long start = System.nanoTime();
        topology.send(dispatch("slow-1", STORY + " Then the talks began to stall."));
        Duration held = Duration.ofNanos(System.nanoTime() - start);
        topology.send(dispatch("next-2", STORY));

        assertThat(held).as("time the stream thread spent on the slow dispatch").isLessThan(Duration.ofSeconds(5));
        assertThat(topology.enriched()).extracting(EnrichedDispatch::getId).containsExactly("next-2");
        assertThat(topology.deadLettersCounted()).isEqualTo(1.0);
        assertThat(topology.deadLetters()).singleElement().satisfies(record -> {
            assertThat(record.key).isEqualTo("slow-1");
            assertThat(record.value.getStage()).isEqualTo(Stage.ENRICH);
            assertThat(record.value.getSource()).isEqualTo("kafka:dispatches/0/0");
            assertThat(record.value.getReason()).isEqualTo("Enriching dispatch slow-1 version 1 took longer than the "
                + "time budget of 500 ms (analysis.budget.ms); it was given up on and the stream went on");
            assertThat(record.value.getOriginal().remaining()).isPositive();
        });
    }

    @Test
    void everyDispatchAfterOneGivenUpOnIsEnrichedOnAFreshWorker() {
        topology.send(dispatch("slow-1", STORY + " Then the talks began to stall."));
        for (int i = 0; i < 20; i++) {
            topology.send(dispatch("next-" + i, STORY + " Paragraph " + i + "."));
        }
        topology.send(dispatch("slow-2", STORY + " Then they stalled again."));

        assertThat(topology.enriched()).hasSize(20);
        assertThat(topology.deadLetters()).extracting(record -> record.key).containsExactly("slow-1", "slow-2");
    }
}
