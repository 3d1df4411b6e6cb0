package io.wirefeed.enrich.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EntityType;

/**
 * Trains the shipped {@link NameModel} as an averaged perceptron on the runs of capitalised words the rules leave
 * in the development parts, each labelled with the type of the entity it names or none. Only development parts:
 * never the test parts (they measure it) and never Reuters' copy (research use only, not ours to ship a model of).
 * Deterministic: the same parts and rules train the same model, which {@code NameModelTrainerTest} checks.
 *
 * <p>Run it after changing the rules or the parts: {@code java ... NameModelTrainer
 * enrich/src/main/resources/io/wirefeed/enrich/entity/name-model.tsv.gz} (see docs/evaluation.md).
 */
final class NameModelTrainer {

    static final List<String> DEVELOPMENT_PARTS = List.of("dev-part", "dev-part-3", "dev-part-4", "dev-part-5",
        "dev-part-6", "dev-part-7", "dev-part-8", "dev-part-9", "dev-part-10", "dev-part-11", "dev-part-12", "dev-part-13",
        "dev-part-14", "dev-part-15", "dev-part-16", "dev-part-17", "dev-part-18", "dev-part-19", "dev-part-20",
        "dev-part-21", "dev-part-22", "dev-part-23", "dev-part-24", "dev-part-25", "dev-part-26", "dev-part-27",
        "dev-part-28", "dev-part-29", "dev-part-30", "dev-part-31", "dev-part-32", "dev-part-33", "dev-part-34",
        "dev-part-35", "dev-part-36", "dev-part-37", "dev-part-38", "dev-part-39", "dev-part-40",
        "dev-part-41", "dev-part-42", "dev-part-43", "dev-part-44", "dev-part-45");
    private static final String PARTS = "/io/wirefeed/enrich/evaluation/";
    private static final int EPOCHS = 10;
    /** Five orders of the examples: one perceptron per order, their weights averaged (see {@link #train}). */
    private static final List<Long> SEEDS = List.of(7L, 8L, 9L, 10L, 11L);

    /** One run of capitalised words: its features and the index of its outcome in {@link NameModel#OUTCOMES}. */
    record Example(List<String> features, int outcome) {
    }

    private NameModelTrainer() {
    }

    public static void main(String[] args) throws Exception {
        NameModel model = train(examples(DEVELOPMENT_PARTS));
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[0]))),
                StandardCharsets.UTF_8)) {
            model.write(out);
        }
        System.out.println("Wrote " + model.size() + " features to " + args[0]);
    }

    static List<Example> examples(List<String> parts) throws Exception {
        Gazetteer gazetteer = Gazetteer.shipped();
        List<MentionFinder> rules = EntityRecognizer.ruleFinders(gazetteer);
        SpanFeatures features = new SpanFeatures(Lexicon.shipped(), gazetteer);
        WireFormats formats = new WireFormats();
        List<Example> examples = new ArrayList<>();
        for (String part : parts) {
            for (JsonNode label : new ObjectMapper().readTree(resource(PARTS + part + "/labels.json")).get("dispatches")) {
                String file = label.get("file").asText();
                Dispatch dispatch = formats.parse(new RawDocument(resource(PARTS + part + "/" + file), null, "file:" + file,
                    Instant.parse("2026-07-08T08:00:00Z")), null).get(0);
                Map<String, Integer> outcomes = outcomes(label);
                examples(rules, features, "headline", dispatch.getHeadline(), outcomes, examples);
                examples(rules, features, "body", dispatch.getBody(), outcomes, examples);
            }
        }
        return examples;
    }

    private static void examples(List<MentionFinder> rules, SpanFeatures features, String field, String text,
                                 Map<String, Integer> outcomes, List<Example> examples) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<FoundMention> taken = new ArrayList<>();
        for (MentionFinder finder : rules) {
            taken.addAll(finder.find(field, text, List.copyOf(taken)));
        }
        String plain = LearnedNameFinder.plain(text);
        for (CapitalisedRuns.Run run : CapitalisedRuns.in(plain, taken, field)) {
            examples.add(example(features, field, plain, run, outcomes));
            // every part, whether or not its run is a name: the finder judges parts only of runs the model does not
            // name, but the model also learns from the parts of names that they alone are not ("Trinidad")
            for (CapitalisedRuns.Run part : run.parts()) {
                examples.add(example(features, field, plain, part, outcomes));
            }
        }
    }

    private static Example example(SpanFeatures features, String field, String text, CapitalisedRuns.Run run,
                                   Map<String, Integer> outcomes) {
        return new Example(features.of(field, text, run), outcomes.getOrDefault(key(text.substring(run.start(),
            run.end())), 0));
    }

    /** Every written form of a labelled entity, by its key, to its outcome. */
    private static Map<String, Integer> outcomes(JsonNode label) {
        Map<String, Integer> outcomes = new HashMap<>();
        for (JsonNode entity : label.get("entities")) {
            int outcome = NameModel.OUTCOMES.indexOf(EntityType.valueOf(entity.get("type").asText()));
            outcomes.put(key(entity.get("name").asText()), outcome);
            entity.path("mentions").forEach(mention -> outcomes.put(key(mention.asText()), outcome));
        }
        return outcomes;
    }

    private static String key(String name) {
        String key = NameKeys.of(name);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    static NameModel train(List<Example> examples) {
        return train(examples, SEEDS);
    }

    /**
     * Averaged perceptrons, one per seed (the order the examples are shown in), their weights averaged: one
     * perceptron's weights depend on that order, so that a single added example reshuffles them all.
     */
    static NameModel train(List<Example> examples, List<Long> seeds) {
        Map<String, float[]> sum = new HashMap<>();
        for (long seed : seeds) {
            trainOne(examples, seed).forEach((feature, weights) -> {
                float[] total = sum.computeIfAbsent(feature, f -> new float[weights.length]);
                for (int i = 0; i < weights.length; i++) {
                    total[i] += weights[i] / seeds.size();
                }
            });
        }
        return new NameModel(sum);
    }

    /** An averaged perceptron: weights that got the training runs right, averaged over every step of training. */
    private static Map<String, float[]> trainOne(List<Example> examples, long seed) {
        int outcomes = NameModel.OUTCOMES.size();
        Map<String, double[]> weights = new HashMap<>();
        Map<String, double[]> stepped = new HashMap<>();    // each update times the step it was made at
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                int guess = best(example.features(), weights, outcomes);
                if (guess != example.outcome()) {
                    for (String feature : example.features()) {
                        double[] weight = weights.computeIfAbsent(feature, f -> new double[outcomes]);
                        double[] timed = stepped.computeIfAbsent(feature, f -> new double[outcomes]);
                        weight[example.outcome()] += 1;
                        weight[guess] -= 1;
                        timed[example.outcome()] += step;
                        timed[guess] -= step;
                    }
                }
                step++;
            }
        }
        Map<String, float[]> averaged = new HashMap<>();
        for (Map.Entry<String, double[]> feature : weights.entrySet()) {
            double[] timed = stepped.get(feature.getKey());
            float[] average = new float[outcomes];
            for (int i = 0; i < outcomes; i++) {
                average[i] = (float) (feature.getValue()[i] - timed[i] / step);
            }
            averaged.put(feature.getKey(), average);
        }
        return averaged;
    }

    private static int best(List<String> features, Map<String, double[]> weights, int outcomes) {
        double[] score = new double[outcomes];
        for (String feature : features) {
            double[] weight = weights.get(feature);
            if (weight != null) {
                for (int i = 0; i < outcomes; i++) {
                    score[i] += weight[i];
                }
            }
        }
        int best = 0;
        for (int i = 1; i < outcomes; i++) {
            if (score[i] > score[best]) {
                best = i;
            }
        }
        return best;
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = NameModelTrainer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("No resource " + path);
            }
            return in.readAllBytes();
        }
    }
}
