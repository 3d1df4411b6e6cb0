package io.wirefeed.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.wirefeed.schema.Subject;
import io.wirefeed.schema.Topic;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private static final TopicClassifier CLASSIFIER = TopicClassifier.shipped();
    private static final String ACT_OF_TERROR = "medtop:20000053";
    private static final String TERRORISM = "medtop:20000103";
    private static final String BOMBINGS = "medtop:20000055";

    private static List<String> codes(String headline, String body) {
        return CLASSIFIER.classify(headline, body, List.of()).stream().map(Topic::getCode).toList();
    }

    @Test
    void aSuicideBombingIsAnActOfTerrorAndABombingWithTheirReasons() {
        List<Topic> topics = CLASSIFIER.classify("Suicide bomber kills 12 at Kabul checkpoint",
            "A suicide bomber blew himself up at a police checkpoint; the Islamic State claimed responsibility.",
            List.of());

        assertThat(topics).extracting(Topic::getCode).contains(ACT_OF_TERROR, BOMBINGS, "medtop:16000000");
        Topic terror = topics.stream().filter(t -> t.getCode().equals(ACT_OF_TERROR)).findFirst().orElseThrow();
        assertThat(terror.getLabel()).isEqualTo("act of terror");
        assertThat(terror.getScore()).isGreaterThan(0.9);
        assertThat(terror.getRule()).isEqualTo("ct-act-of-terror");
        assertThat(terror.getTerms()).contains("suicide bomb*", "claimed responsibility");
    }

    @Test
    void counterTerrorismCooperationIsTerrorismNews() {
        assertThat(codes("Central Asian states agree on joint counter-terrorism drills",
            "Security chiefs of five states agreed to hold joint counter-terrorism drills near the border."))
            .contains(TERRORISM, "medtop:20000604", "medtop:20000603");
    }

    @Test
    void figuresOfSpeechAreNotSecurityNews() {
        assertThat(codes("Striker a terror for defenders as United win",
            "The attacking midfielder was a terror for defenders, and his bombshell transfer request dominated "
                + "the season. The team scored twice in the league match."))
            .contains("medtop:15000000")
            .doesNotContain(ACT_OF_TERROR, TERRORISM, BOMBINGS, "medtop:20000604", "medtop:16000000");
        assertThat(codes("Treasury securities rally", "Investors bought Treasury securities as the bond market "
            + "rallied; shares rose."))
            .contains("medtop:04000000").doesNotContain("medtop:20000604", ACT_OF_TERROR);
        assertThat(codes("Bombshell report on budget", "A bombshell report on the budget shook the parliament."))
            .doesNotContain(BOMBINGS, ACT_OF_TERROR);
    }

    @Test
    void agencySubjectsCountALittle() {
        List<Topic> topics = CLASSIFIER.classify("Talks", "The talks went on.",
            List.of(Subject.newBuilder().setCode("medtop:20000604").build(),
                Subject.newBuilder().setCode("subj:16000000").build()));

        assertThat(topics).singleElement().satisfies(t -> {
            assertThat(t.getCode()).isEqualTo("medtop:20000604");
            assertThat(t.getScore()).isEqualTo(0.55);
            assertThat(t.getRule()).isNull();
        });
    }

    @Test
    void ruleFilesAreCheckedWithTheLineOfEachMistake() {
        MediaTopics vocabulary = MediaTopics.shipped();
        assertThatThrownBy(() -> TopicRules.parse("rule a\n  topic medtop:99999999\n  any x\nend\n", "mine.rules",
            vocabulary)).hasMessage("mine.rules line 4: rule a needs a topic of the IPTC Media Topics vocabulary, "
                + "not medtop:99999999");
        assertThatThrownBy(() -> TopicRules.parse("rule a\n  topik medtop:20000053\n", "mine.rules", vocabulary))
            .hasMessageStartingWith("mine.rules line 2: unknown keyword 'topik'");
        assertThatThrownBy(() -> TopicRules.parse("rule a\n topic medtop:20000053\n any x\nend\nrule a\n", "r",
            vocabulary)).hasMessage("r line 5: rule id a is used twice");
        assertThat(TopicRules.parse("rule a\n topic medtop:20000053\n weight 0.7\n any Car-Bomb*, x\nend\n", "r",
            vocabulary)).singleElement().satisfies(r -> assertThat(r.any()).containsExactly("car bomb*", "x"));
    }
}
