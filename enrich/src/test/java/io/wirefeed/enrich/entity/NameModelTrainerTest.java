package io.wirefeed.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** The shipped name model is the one the development parts and today's rules train, so it can be trained again. */
class NameModelTrainerTest {

    private static final String SHIPPED = "/io/wirefeed/enrich/entity/name-model.tsv.gz";

    @Test
    void shippedModelIsTheOneTheDevelopmentPartsTrain() throws Exception {
        StringWriter trained = new StringWriter();
        NameModelTrainer.train(NameModelTrainer.examples(NameModelTrainer.DEVELOPMENT_PARTS)).write(trained);
        String shipped;
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream(SHIPPED))) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(trained.toString())
            .as("the shipped name model differs from the one the development parts train with today's rules: train it "
                + "again as docs/evaluation.md says")
            .isEqualTo(shipped);
    }

    @Test
    void examplesComeFromTheRunsTheRulesLeaveAndAreLabelledByTheParts() throws Exception {
        List<NameModelTrainer.Example> examples = NameModelTrainer.examples(List.of("dev-part-8"));

        assertThat(examples).hasSizeGreaterThan(100);
        assertThat(examples).extracting(NameModelTrainer.Example::outcome).contains(0, 1, 2, 3);
        assertThat(examples).allSatisfy(example -> assertThat(example.features()).contains("bias"));
    }
}
