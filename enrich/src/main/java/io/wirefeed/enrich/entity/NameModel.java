package io.wirefeed.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import io.wirefeed.schema.EntityType;

/**
 * A linear model over {@link SpanFeatures}: for each feature, a weight per outcome (no entity, a person, an
 * organisation, a place). The shipped one was trained, as an averaged perceptron, on the project's development
 * parts only (dispatches written and labelled for the project; never the test parts, never Reuters' copy); see
 * docs/enrichment.md for how to train it again.
 */
final class NameModel {

    /** The outcomes, in the order of each feature's weights. */
    static final List<EntityType> OUTCOMES = java.util.Arrays.asList(null, EntityType.PERSON, EntityType.ORGANIZATION,
        EntityType.PLACE);
    private static final String SHIPPED_RESOURCE = "/io/wirefeed/enrich/entity/name-model.tsv.gz";

    private final Map<String, float[]> weights;
    private final FeatureTable table;

    NameModel(Map<String, float[]> weights) {
        Map<String, float[]> copy = new HashMap<>(weights.size() * 2);
        weights.forEach((feature, outcome) -> copy.put(feature, outcome.clone()));
        this.weights = copy;
        this.table = new FeatureTable(copy);
    }

    static NameModel shipped() {
        return Shipped.MODEL;
    }

    /** Read when first asked for, so that training a model needs none shipped. */
    private static final class Shipped {
        private static final NameModel MODEL = read(SHIPPED_RESOURCE);
    }

    /** A new scorer: give it a run's features, then ask it for its guess. */
    Scorer scorer() {
        return new Scorer();
    }

    /**
     * Sums the weights of the features it is given, each looked up by its hash as it comes, so that no feature's
     * string is built.
     */
    final class Scorer implements SpanFeatures.Sink {

        private final float[] score = new float[OUTCOMES.size()];

        private Scorer() {
        }

        @Override
        public void add(String feature) {
            add(FeatureTable.hash(FeatureTable.EMPTY, feature));
        }

        @Override
        public void add(String name, String value) {
            add(FeatureTable.hash(FeatureTable.hash(FeatureTable.EMPTY, name), value));
        }

        @Override
        public void add(String name, String first, String second) {
            long hash = FeatureTable.hash(FeatureTable.hash(FeatureTable.EMPTY, name), first);
            add(FeatureTable.hash(FeatureTable.hash(hash, JOINER), second));
        }

        private void add(long hash) {
            table.addWeights(hash, score);
        }

        /** The best outcome for the features given and by how much it beats "no entity"; a null type is none. */
        Guess guess() {
            int best = 0;
            for (int i = 1; i < score.length; i++) {
                if (score[i] > score[best]) {
                    best = i;
                }
            }
            return new Guess(OUTCOMES.get(best), score[best] - score[0]);
        }
    }

    /** A type, or null for no entity, and its margin over no entity. */
    record Guess(EntityType type, float margin) {
    }

    int size() {
        return weights.size();
    }

    /** Writes the model as sorted lines of a feature and its weights, so that the same model is the same file. */
    void write(Writer out) throws IOException {
        for (Map.Entry<String, float[]> feature : new TreeMap<>(weights).entrySet()) {
            StringBuilder line = new StringBuilder(feature.getKey());
            for (float weight : feature.getValue()) {
                line.append('\t').append(String.format(Locale.ROOT, "%.4f", weight));
            }
            out.write(line.append('\n').toString());
        }
    }

    static NameModel read(InputStream in) throws IOException {
        Map<String, float[]> weights = new HashMap<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String[] cells = line.split("\t");
            if (cells.length != OUTCOMES.size() + 1) {
                throw new IOException("A name model line holds a feature and " + OUTCOMES.size() + " weights: " + line);
            }
            float[] weight = new float[OUTCOMES.size()];
            for (int i = 0; i < weight.length; i++) {
                weight[i] = Float.parseFloat(cells[i + 1]);
            }
            weights.put(cells[0], weight);
        }
        return new NameModel(weights);
    }

    private static NameModel read(String resource) {
        try (InputStream in = NameModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The name model " + resource + " is not on the class path");
            }
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the name model " + resource, e);
        }
    }
}
