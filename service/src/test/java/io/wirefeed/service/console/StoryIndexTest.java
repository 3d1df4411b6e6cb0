package io.wirefeed.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.schema.DedupeVerdict;
import org.junit.jupiter.api.Test;

/** A story's records in the order of the enriched topic: versions, corrections, duplicates, the kill. */
class StoryIndexTest {

    private final StoryIndex index = new StoryIndex(3);

    @Test
    void chainsAStorysVersionsDuplicatesAndKillInOrder() {
        index.add(Enriched.dispatch("urn:a", 1, DedupeVerdict.UNIQUE).view("0/1"));
        index.add(Enriched.dispatch("urn:other", 1, DedupeVerdict.UNIQUE).view("1/1"));
        index.add(Enriched.dispatch("urn:a", 2, DedupeVerdict.UPDATE).of("urn:a", 1).view("0/2"));
        index.add(Enriched.dispatch("urn:b", 1, DedupeVerdict.DUPLICATE).story("urn:a").of("urn:a", 2).view("0/3"));
        index.add(Enriched.dispatch("urn:a", 3, DedupeVerdict.CORRECTION).of("urn:a", 2).view("0/4"));
        index.add(Enriched.dispatch("urn:a", 4, DedupeVerdict.KILL).of("urn:a", 3).view("0/5"));

        assertThat(index.story("urn:a")).extracting(DispatchView::verdict)
            .containsExactly("unique", "update", "duplicate", "correction", "kill");
        assertThat(index.story("urn:b")).as("found by the id of any of its dispatches")
            .extracting(DispatchView::position).containsExactly("0/1", "0/2", "0/3", "0/4", "0/5");
        assertThat(index.story("urn:none")).isEmpty();
    }

    @Test
    void keepsTheLastRecordsOfTheMostRecentlySeenStoriesOnly() {
        for (int version = 1; version <= StoryIndex.PER_STORY + 5; version++) {
            index.add(Enriched.dispatch("urn:long", version, DedupeVerdict.UPDATE).view("0/" + version));
        }
        assertThat(index.story("urn:long")).hasSize(StoryIndex.PER_STORY)
            .first().extracting(DispatchView::version).isEqualTo(6);

        index.add(Enriched.dispatch("urn:s1", 1, DedupeVerdict.UNIQUE).view("1/1"));
        index.add(Enriched.dispatch("urn:s2", 1, DedupeVerdict.UNIQUE).view("1/2"));
        index.story("urn:long");
        index.add(Enriched.dispatch("urn:s3", 1, DedupeVerdict.UNIQUE).view("1/3"));

        assertThat(index.story("urn:s1")).as("the least recently seen of four, with room for three").isEmpty();
        assertThat(index.story("urn:long")).isNotEmpty();
        assertThat(index.story("urn:s3")).hasSize(1);
    }
}
