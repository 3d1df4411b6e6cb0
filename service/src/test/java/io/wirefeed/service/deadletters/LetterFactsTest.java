package io.wirefeed.service.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterFactsTest {

    @Test
    void reasonsOfOneKindCountTogether() {
        assertThat(LetterFacts.reasonKind("Malformed XML at line 5, column 5: The element type \"headline\" must be "
            + "terminated")).isEqualTo("Malformed XML at line …, column …");
        assertThat(LetterFacts.reasonKind("Malformed XML at line 19, column 2: Premature end of file."))
            .isEqualTo("Malformed XML at line …, column …");
        assertThat(LetterFacts.reasonKind("Dispatch urn:newsml:x.com:2026:a has version 50, beyond the largest "
            + "accepted, 1001 (ingest.max.version.jump)"))
            .isEqualTo("Dispatch … has version …, beyond the largest accepted, … (ingest.max.version.jump)");
        assertThat(LetterFacts.reasonKind("Dispatch wf:xinhua:0a1b has version 7, beyond the largest accepted, 5 "
            + "(ingest.max.version.jump)")).isEqualTo(LetterFacts.reasonKind("Dispatch urn:a has version 9, beyond "
                + "the largest accepted, 5 (ingest.max.version.jump)"));
        assertThat(LetterFacts.reasonKind("Empty document")).isEqualTo("Empty document");
        assertThat(LetterFacts.reasonKind("  ")).isEqualTo("(no reason)");
    }

    @Test
    void theCutOfAnOriginalIsNoPartOfTheReasonsKind() {
        assertThat(LetterFacts.reasonKind("Malformed JSON [original of 9000 bytes cut to its first 10 to fit a Kafka "
            + "record; SHA-256 of the whole: abc]")).isEqualTo("Malformed JSON");
    }

    @Test
    void theFormatIsTheDeclaredMediaTypeElseTheDetectedOne() {
        assertThat(LetterFacts.of(Letters.ingest(1, "x", "{}", "application/ninjs+json; charset=utf-8")).format())
            .isEqualTo("application/ninjs+json");
        assertThat(LetterFacts.of(Letters.ingest(2, "x", "<newsItem guid='a'/>", null)).format()).isEqualTo("newsml-g2");
        assertThat(LetterFacts.of(Letters.ingest(3, "x", "", null)).format()).isEqualTo("undetected");
    }

    @Test
    void theHourIsUtc() {
        LetterFacts facts = LetterFacts.of(Letters.ingest(1, "x", "{}", null));

        assertThat(facts.hour()).isEqualTo("2026-07-07 10:00Z");
        assertThat(facts.stage()).isEqualTo("INGEST");
    }
}
