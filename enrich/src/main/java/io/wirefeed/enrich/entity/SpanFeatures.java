package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.wirefeed.schema.EntityType;

/**
 * What the {@link NameModel} weighs about a run of capitalised words: its words, their shapes, suffixes and
 * prefixes, whether the lists know them (an everyday word, a given name, a demonym, a city), and the two words on
 * either side ("a resident of _", "_ said", "_ JSC"); for a part of a run, how it was cut ("cut=LIST"), and for a
 * run around earlier finders' mentions, their kinds ("holds=PLACE"). Features are plain strings, so that a model file
 * reads as what it learned.
 */
final class SpanFeatures {

    private static final String START = "<s>";
    private static final String END = "</s>";
    private static final String NUMBER = "<num>";
    /** Small counts as text, so that a count feature's value is not formatted for every run. */
    private static final String[] COUNTS = {"0", "1", "2", "3", "4"};

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    SpanFeatures(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /**
     * Where the features of a run go as they are read: a feature is its name, or its name and value written one
     * after the other ("p1=" and "of" is "p1=of"), so that a model can weigh them without building each string.
     */
    interface Sink {

        void add(String feature);

        default void add(String name, String value) {
            add(name + value);
        }

        /** What joins the two values of a feature ("p12=" "a" "resident" is "p12=a_resident"). */
        char JOINER = '_';

        default void add(String name, String first, String second) {
            add(name + first + JOINER + second);
        }
    }

    /** The features of a run, as strings. */
    List<String> of(String field, String text, CapitalisedRuns.Run run) {
        List<String> features = new ArrayList<>(48);
        of(field, text, run, features::add);
        return features;
    }

    /** The features of a run, into {@code features}; a part of a run and a run holding earlier mentions say so. */
    void of(String field, String text, CapitalisedRuns.Run run, Sink features) {
        of(field, text, run.start(), run.end(), features);
        if (run.cut() != RunParts.Cut.WHOLE) {
            features.add("cut=", run.cut().name());
        }
        for (EntityType held : run.holds()) {
            features.add("holds=", held.name());
        }
    }

    private void of(String field, String text, int start, int end, Sink features) {
        features.add("bias");
        features.add("field=", field);
        List<String> words = words(text, start, end);
        int count = words.size();
        features.add("n=", COUNTS[Math.min(count, 4)]);
        wordFeatures(features, words);
        String first = words.get(0).toLowerCase(Locale.ROOT);
        String last = words.get(count - 1).toLowerCase(Locale.ROOT);
        features.add("first=", first);
        features.add("last=", last);
        if (count > 1 && count <= 4) {
            features.add("all=", text.substring(start, end).toLowerCase(Locale.ROOT));
        }
        if (last.length() > 3) {
            features.add("suf3=", last.substring(last.length() - 3));
        }
        if (last.length() > 4) {
            features.add("suf4=", last.substring(last.length() - 4));
        }
        if (first.length() > 3) {
            features.add("pre3=", first.substring(0, 3));
        }
        if (count == 1 && lexicon.isCommonWord(words.get(0))) {
            features.add("single-common");
        }
        for (KnownName name : gazetteer.lookup(NameKeys.of(text.substring(start, end)))) {
            features.add("gz=", name.kind().name());
        }
        context(features, text, start, end, count, words.get(0));
    }

    /** Each word, whether the lists know it as an everyday word or a given name, and the run's shape. */
    private void wordFeatures(Sink features, List<String> words) {
        int count = words.size();
        StringBuilder shapes = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String word = words.get(i);
            features.add("w=", word.toLowerCase(Locale.ROOT));
            shapes.append(i == 0 ? "" : " ").append(shape(word));
            if (Character.isUpperCase(word.charAt(0)) && lexicon.isCommonWord(word)) {
                // "Lucky Cement", "Valencia Basket": an everyday word closing a run seldom ends a person's name
                features.add(i == count - 1 && count > 1 ? "common@n" : "common");
            }
            if (lexicon.isGivenName(word)) {
                features.add(i == 0 ? "given@0" : "given");
            }
        }
        features.add("shape=", shapes.toString());
    }

    private void context(Sink features, String text, int start, int end, int count, String first) {
        String before = previous(text, start);
        String beforeThat = START.equals(before) ? START : previous(text, startOfPrevious(text, start));
        String after = next(text, end);
        String afterThat = END.equals(after) ? END : next(text, endOfNext(text, end));
        boolean opening = START.equals(before) || ".!?:\"\u201c\u201d".contains(before)
            || (before.equals("-") || before.equals("\u2013") || before.equals("\u2014"));
        if (opening) {
            features.add("init");
            if (count == 1) {
                features.add("init1");
                if (lexicon.isCommonWord(first)) {
                    features.add("init-common");
                }
            }
        }
        features.add("p1=", before);
        features.add("p2=", beforeThat);
        features.add("p12=", beforeThat, before);
        features.add("n1=", after);
        features.add("n2=", afterThat);
        features.add("n12=", after, afterThat);
        features.add("p1n1=", before, after);
        features.add("n1&n=", after + COUNTS[Math.min(count, 3)]);
        features.add("p1&shape=", before, shape(first));
    }

    /** The word or mark just before {@code at} on its line, in lower case; {@code <s>} at a line's start. */
    private static String previous(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0 || Character.isWhitespace(text.charAt(end - 1))) {
            return START;
        }
        return token(text.substring(startOfPrevious(text, at), end));
    }

    /** "people." before a run: the full stop, not the word, is what comes before it. */
    private static boolean endsSentence(String text, int start, int end) {
        return end - start > 1 && text.charAt(end - 1) == '.' && Character.isLowerCase(text.charAt(end - 2));
    }

    private static int startOfPrevious(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end - 1;
        if (start >= 0 && CapitalisedRuns.isWordChar(text.charAt(start))) {
            while (start > 0 && CapitalisedRuns.isWordChar(text.charAt(start - 1))) {
                start--;
            }
        }
        return start >= 0 && endsSentence(text, start, end) ? end - 1 : Math.max(start, 0);
    }

    /** The word or mark just after {@code at} on its line, in lower case; {@code </s>} at a line's end. */
    private static String next(String text, int at) {
        int start = at;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        if (start == text.length() || Character.isWhitespace(text.charAt(start))) {
            return END;
        }
        return token(text.substring(start, endOfNext(text, at)));
    }

    private static int endOfNext(String text, int at) {
        int start = at;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = Math.min(start + 1, text.length());
        if (start < text.length() && CapitalisedRuns.isWordChar(text.charAt(start))) {
            while (end < text.length() && CapitalisedRuns.isWordChar(text.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    private static String token(String word) {
        return Character.isDigit(word.charAt(0)) ? NUMBER : word.toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String text, int start, int end) {
        List<String> words = new ArrayList<>(4);
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int from = i++;
            if (CapitalisedRuns.isWordChar(c)) {
                while (i < end && CapitalisedRuns.isWordChar(text.charAt(i))) {
                    i++;
                }
            }
            words.add(text.substring(from, i));
        }
        return words;
    }

    /** "Xx", "XX", "X.X.", "Xx-Xx", "Xdd": each run of one kind of character as one. */
    static String shape(String word) {
        StringBuilder shape = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char kind = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (kind != last) {
                shape.append(kind);
                last = kind;
            }
        }
        return shape.toString();
    }
}
