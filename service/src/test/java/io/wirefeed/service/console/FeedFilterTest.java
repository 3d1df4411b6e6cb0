package io.wirefeed.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EntityType;
import org.junit.jupiter.api.Test;

class FeedFilterTest {

    private final DispatchView attack = Enriched.dispatch("urn:x:1", 2, DedupeVerdict.NEAR_DUPLICATE).agency("AFP")
        .headline("Attack in Kabul").entity("Kabul", EntityType.PLACE, "headline", 10, 15)
        .topic("medtop:20000053", "act of terror").view("0/1");
    private final DispatchView grain = Enriched.dispatch("urn:x:2", 1, DedupeVerdict.UNIQUE).agency("Kazinform")
        .headline("Grain terminal opens").topic("medtop:04000000", "economy, business and finance").view("0/2");

    @Test
    void noCriterionLetsEverythingThrough() {
        assertThat(FeedFilter.NONE.matches(attack)).isTrue();
        assertThat(FeedFilter.of(Query.parse("limit=5&topic=&entity=%20"))).isEqualTo(FeedFilter.NONE);
    }

    @Test
    void aTopicMatchesItsCodeOrAPieceOfItsLabel() {
        assertThat(new FeedFilter("MEDTOP:20000053", null, null, null).matches(attack)).isTrue();
        assertThat(new FeedFilter("terror", null, null, null).matches(attack)).isTrue();
        assertThat(new FeedFilter("terror", null, null, null).matches(grain)).isFalse();
        assertThat(new FeedFilter("medtop:2000", null, null, null).matches(attack)).isFalse();
    }

    @Test
    void entityAgencyAndVerdictNarrowIt() {
        assertThat(new FeedFilter(null, "kab", null, null).matches(attack)).isTrue();
        assertThat(new FeedFilter(null, "kab", null, null).matches(grain)).isFalse();
        assertThat(new FeedFilter(null, null, "afp", null).matches(attack)).isTrue();
        assertThat(new FeedFilter(null, null, "af", null).matches(attack)).isFalse();
        assertThat(new FeedFilter(null, null, null, "near duplicate").matches(attack)).isTrue();
        assertThat(new FeedFilter(null, null, null, "NEAR_DUPLICATE").matches(attack)).isTrue();
        assertThat(new FeedFilter(null, null, null, "unique").matches(attack)).isFalse();
    }

    @Test
    void everyCriterionGivenMustHold() {
        FeedFilter both = FeedFilter.of(Query.parse("topic=act%20of%20terror&agency=Kazinform"));
        assertThat(both.matches(attack)).isFalse();
        assertThat(both.matches(grain)).isFalse();
        assertThat(FeedFilter.of(Query.parse("topic=act+of+terror&agency=AFP")).matches(attack)).isTrue();
    }

    @Test
    void aCriterionIsBounded() {
        FeedFilter huge = FeedFilter.of(Query.parse("entity=" + "a".repeat(10_000)));
        assertThat(huge.entity()).hasSize(FeedFilter.MAX_CRITERION);
    }
}
