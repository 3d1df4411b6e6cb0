package io.wirefeed.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.wirefeed.schema.EntityType;
import org.junit.jupiter.api.Test;

/** The model weighs a run's features by their hashes, as they are read: the sums are those of the whole names. */
class NameModelTest {

    // weights in the order of NameModel.OUTCOMES: no entity, person, organisation, place
    private final NameModel model = new NameModel(Map.of(
        "bias", new float[] {1.0f, 0, 0, 0},
        "p1=of", new float[] {0, 0, 0.5f, 2.0f},
        "p12=a_resident", new float[] {0, 0, 0, 1.5f},
        "n1=said", new float[] {0, 3.0f, 0, 0}));

    @Test
    void aFeatureGivenInPartsWeighsAsItsWholeName() {
        NameModel.Scorer whole = model.scorer();
        whole.add("bias");
        whole.add("p1=of");
        whole.add("p12=a_resident");
        NameModel.Scorer inParts = model.scorer();
        inParts.add("bias");
        inParts.add("p1=", "of");
        inParts.add("p12=", "a", "resident");

        assertThat(inParts.guess()).isEqualTo(whole.guess())
            .isEqualTo(new NameModel.Guess(EntityType.PLACE, 2.5f));
    }

    @Test
    void featuresTheModelDoesNotKnowWeighNothing() {
        NameModel.Scorer scorer = model.scorer();
        scorer.add("bias");
        scorer.add("p1=", "in");
        scorer.add("p12=", "a", "resident ");
        scorer.add("p12=", "a_", "resident");    // "p12=a__resident"

        assertThat(scorer.guess()).isEqualTo(new NameModel.Guess(null, 0f));
    }

    @Test
    void noFeatureAtAllIsNoEntity() {
        assertThat(model.scorer().guess().type()).isNull();
    }

    @Test
    void theShippedModelJudgesARunFromTheFeaturesItsTrainerSees() {
        NameModel shipped = NameModel.shipped();
        SpanFeatures features = new SpanFeatures(Lexicon.shipped(), Gazetteer.shipped());
        String text = "The talks were chaired by Nurlan Sadykov, a resident of Karakol, the ministry said.";
        CapitalisedRuns.Run run = CapitalisedRuns.in(text, List.of(), "body").stream()
            .filter(candidate -> text.substring(candidate.start(), candidate.end()).equals("Nurlan Sadykov"))
            .findFirst().orElseThrow();

        NameModel.Scorer byHash = shipped.scorer();
        features.of("body", text, run, byHash);
        NameModel.Scorer byName = shipped.scorer();
        features.of("body", text, run).forEach(byName::add);

        assertThat(byHash.guess()).isEqualTo(byName.guess());
        assertThat(byHash.guess().type()).isEqualTo(EntityType.PERSON);
    }
}
