package io.wirefeed.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.EntityType;
import org.junit.jupiter.api.Test;

/** Runs of capitalised words the rules left, typed by a model; a toy model here, the shipped one in EvaluationTest. */
class LearnedNameFinderTest {

    /** Calls every run a place, by a wide margin, and "resident of" doubly so. */
    private static final NameModel EVERYTHING_A_PLACE = new NameModel(Map.of(
        "bias", new float[] {0, 0, 0, 10},
        "p12=resident_of", new float[] {0, 0, 0, 10}));
    private static final NameModel UNSURE = new NameModel(Map.of("bias", new float[] {0, 0, 0, LearnedNameFinder.MARGIN}));

    private final LearnedNameFinder finder = new LearnedNameFinder(EVERYTHING_A_PLACE, Gazetteer.shipped());

    @Test
    void typesARunNoEarlierFinderTook() {
        List<FoundMention> found = finder.find("body", "Gunmen came at night, a resident of Karimama's market said.",
            List.of());

        assertThat(found).extracting(FoundMention::text).containsExactly("Karimama");
        assertThat(found.get(0).entity()).isEqualTo(new GazetteerEntry(EntityType.PLACE, "Karimama", null, null));
    }

    @Test
    void leavesWhatEarlierFindersTookAndTheDateline() {
        String text = "Erdenes Tavantolgoi JSC hired Enkhtuya.";
        FoundMention taken = new FoundMention("body", 0, 23, "Erdenes Tavantolgoi JSC",
            new GazetteerEntry(EntityType.ORGANIZATION, "Erdenes Tavantolgoi JSC", null, null));

        assertThat(finder.find("body", text, List.of(taken))).extracting(FoundMention::text).containsExactly("Enkhtuya");
        assertThat(finder.find("dateline", "ULAANBAATAR, Dec 17", List.of())).isEmpty();
    }

    @Test
    void callsNoCompassPointBeforeACountryAName() {
        FoundMention vietnam = new FoundMention("body", 23, 30, "Vietnam",
            new GazetteerEntry(EntityType.PLACE, "Vietnam", "iso3166-1:VN", "VN"));

        assertThat(finder.find("body", "Envoys toured Northern Vietnam. Floods hit Upper Karimama.", List.of(vietnam)))
            .extracting(FoundMention::text).containsExactly("Upper Karimama");
    }

    @Test
    void callsNoWordAloneAPerson() {
        NameModel people = new NameModel(Map.of("bias", new float[] {0, 10, 0, 0}));

        assertThat(new LearnedNameFinder(people, Gazetteer.shipped()).find("body", "Moulinex named Pierre Blayau.",
            List.of())).extracting(FoundMention::text).containsExactly("Pierre Blayau");
    }

    @Test
    void runsEndWithTheirSentenceAndLeaveDaysQuotesAndNoBreakSpacesOut() {
        assertThat(finder.find("body", "Floods cut off Karimama. Residents fled to Kandi Tuesday, and 'Malanville "
            + "is next' said Jan Kowalczyk on Dec 5 in Bank of\u00A0Benin offices.", List.of()))
            .extracting(FoundMention::text)
            .containsExactly("Karimama", "Kandi", "Malanville", "Jan Kowalczyk", "Bank of\u00A0Benin");
    }

    @Test
    void keepsOnlyGuessesAboveTheMargin() {
        assertThat(new LearnedNameFinder(UNSURE, Gazetteer.shipped()).find("body", "He came from Karimama.", List.of()))
            .isEmpty();
    }

    @Test
    void leavesDaysEverydayWordsCodesTickersIndicesAndTableRowsToTheRules() {
        String text = "Shr 12 cts vs 10 cts\nOn Tuesday the Central unit of BASIX CORP <BAS> said MD-11 orders rose in "
            + "Karimama as the Hang Seng Index fell.";

        assertThat(finder.find("body", text, List.of())).extracting(FoundMention::text).containsExactly("Karimama");
    }

    @Test
    void judgesARunWholeAroundTheRulesShorterMention() {
        NameModel bodies = new NameModel(Map.of("holds=PLACE", new float[] {0, 0, 10, 0}));
        String text = "The Kuwait Anti-Corruption Authority said so.";
        FoundMention kuwait = new FoundMention("body", 4, 10, "Kuwait",
            new GazetteerEntry(EntityType.PLACE, "Kuwait", "iso3166:KW", "KW"));

        List<FoundMention> found = new LearnedNameFinder(bodies, Gazetteer.shipped()).find("body", text, List.of(kuwait));

        assertThat(found).extracting(FoundMention::text).containsExactly("Kuwait Anti-Corruption Authority");
        assertThat(found.get(0).entity().type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void judgesTheNamesOfAListAndTheNameAfterATitleWhenTheWholeIsNoName() {
        NameModel parts = new NameModel(Map.of(
            "cut=LIST", new float[] {0, 0, 0, 10},
            "cut=TITLE", new float[] {0, 10, 0, 0}));

        assertThat(new LearnedNameFinder(parts, Gazetteer.shipped()).find("body", "Rains cut off Ngoshe and Bitta, "
            + "said Thessaloniki Mayor Stelios Angeloudis.", List.of()))
            .extracting(FoundMention::text)
            .containsExactly("Ngoshe", "Bitta", "Stelios Angeloudis");
    }

    @Test
    void judgesTheWordsBesideTheRulesMentionsInARun() {
        NameModel beside = new NameModel(Map.of("cut=BESIDE", new float[] {0, 0, 10, 0}));
        FoundMention samsung = new FoundMention("body", 0, 7, "Samsung",
            new GazetteerEntry(EntityType.ORGANIZATION, "Samsung", null, null));

        assertThat(new LearnedNameFinder(beside, Gazetteer.shipped()).find("body", "Samsung Fire Bluefangs won.",
            List.of(samsung))).extracting(FoundMention::text).containsExactly("Fire Bluefangs");
    }

    @Test
    void judgesNoPartOfARunItNames() {
        NameModel wholes = new NameModel(Map.of(
            "n=4", new float[] {0, 0, 10, 0},
            "cut=LIST", new float[] {0, 0, 0, 10}));

        assertThat(new LearnedNameFinder(wholes, Gazetteer.shipped()).find("body", "It sued Marks and Spencer Group "
            + "today.", List.of())).extracting(FoundMention::text).containsExactly("Marks and Spencer Group");
    }

    @Test
    void aRunTheModelNamesWinsOverTheRulesShorterMentionsInside() {
        NameModel bodies = new NameModel(Map.of("holds=PLACE", new float[] {0, 0, 10, 0}));
        MentionFinder kuwait = (field, text, taken) -> List.of(new FoundMention(field, 4, 10, "Kuwait",
            new GazetteerEntry(EntityType.PLACE, "Kuwait", "iso3166:KW", "KW")));
        EntityRecognizer recognizer = new EntityRecognizer(List.of(kuwait,
            new LearnedNameFinder(bodies, Gazetteer.shipped())));

        assertThat(recognizer.recognise(Map.of("body", "The Kuwait Anti-Corruption Authority said so.")))
            .extracting(entity -> entity.getType() + " " + entity.getName())
            .containsExactly("ORGANIZATION Kuwait Anti-Corruption Authority");
    }

    @Test
    void cutsALongRunOfTitlesInTimeInProportionToItsLength() {
        String titles = "Mayor Kaban Deputy Lumo ".repeat(2_000);    // 48,000 characters, one run no model names
        LearnedNameFinder unsure = new LearnedNameFinder(UNSURE, Gazetteer.shipped());

        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> unsure.find("body", titles, List.of())))
            .isEmpty();
    }
}
