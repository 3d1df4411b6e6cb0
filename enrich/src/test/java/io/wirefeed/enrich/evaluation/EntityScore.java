package io.wirefeed.enrich.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.EntityType;

/**
 * Entity precision and recall over a set of documents, overall and per type: an expected entity is found when
 * some entity the tagger returned is {@link LabelledEntity#sameAs the same}; a returned entity is right when it is
 * the same as some expected one. Each document's entities are counted once, however often they are mentioned.
 */
final class EntityScore {

    /** Per type: expected entities found, expected entities, returned entities right, returned entities. */
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    private final List<String> misses = new ArrayList<>();

    /** Scores one document; returns whether it was perfect. */
    boolean add(String document, List<LabelledEntity> expected, List<LabelledEntity> found) {
        List<LabelledEntity> missed = new ArrayList<>();
        List<LabelledEntity> extra = new ArrayList<>();
        for (LabelledEntity entity : expected) {
            boolean hit = found.stream().anyMatch(entity::sameAs);
            count(entity, 0, 1, hit);
            if (!hit) {
                missed.add(entity);
            }
        }
        for (LabelledEntity entity : found) {
            boolean right = expected.stream().anyMatch(entity::sameAs);
            count(entity, 2, 3, right);
            if (!right) {
                extra.add(entity);
            }
        }
        if (missed.isEmpty() && extra.isEmpty()) {
            return true;
        }
        misses.add(document + ": missed " + missed + ", extra " + extra);
        return false;
    }

    private void count(LabelledEntity entity, int hitColumn, int allColumn, boolean hit) {
        int[] count = counts.computeIfAbsent(entity.type(), type -> new int[4]);
        count[hitColumn] += hit ? 1 : 0;
        count[allColumn]++;
    }

    double recall() {
        return ratio(sum(0), sum(1));
    }

    double precision() {
        return ratio(sum(2), sum(3));
    }

    double f1() {
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    List<String> misses() {
        return List.copyOf(misses);
    }

    /** "recall 0.912, precision 0.881, F1 0.896; PERSON recall 0.900 of 40, precision 0.857 of 42; ...". */
    String summary() {
        StringBuilder out = new StringBuilder(String.format("recall %.3f, precision %.3f, F1 %.3f", recall(),
            precision(), f1()));
        counts.forEach((type, count) -> out.append(String.format("; %s recall %.3f of %d, precision %.3f of %d", type,
            ratio(count[0], count[1]), count[1], ratio(count[2], count[3]), count[3])));
        return out.toString();
    }

    private int sum(int column) {
        return counts.values().stream().mapToInt(count -> count[column]).sum();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
