package io.wirefeed.enrich.evaluation;

/** Precision and recall of one yes-or-no label (is it counter-terrorism?) over a set of documents. */
final class TopicScore {

    private int truePositives;
    private int found;
    private int expected;

    /** Counts one document; returns whether the tagger agreed with the label. */
    boolean add(boolean tagged, boolean labelled) {
        found += tagged ? 1 : 0;
        expected += labelled ? 1 : 0;
        truePositives += tagged && labelled ? 1 : 0;
        return tagged == labelled;
    }

    double precision() {
        return (double) truePositives / found;
    }

    double recall() {
        return (double) truePositives / expected;
    }
}
