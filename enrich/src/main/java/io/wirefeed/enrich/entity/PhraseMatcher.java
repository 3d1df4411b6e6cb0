package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of many phrases in one pass over a text (Aho-Corasick), keeping only whole-word
 * matches and, where matches overlap, the leftmost longest. A phrase ending in {@code *} matches any word
 * that starts with it ({@code bomb*}: bombing, bomber). Matching is case-sensitive (names are written
 * with capitals; acronyms are written in them) with apostrophes and dashes of every kind taken as one.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    /** One match: the span in the text and what the phrase stands for. */
    public record Match<V>(int start, int end, String text, V value) {
    }

    private static final class Node<V> {
        private final Map<Character, Node<V>> next = new HashMap<>(4);
        private Node<V> fail;
        private V value;
        private int length;
        private boolean prefix;
        /** The nearest node down the fail chain that ends a phrase. */
        private Node<V> output;
    }

    private final Node<V> root = new Node<>();

    private PhraseMatcher() {
    }

    /** A matcher of the given phrases; when a phrase is given twice, its first value is kept. */
    public static <V> PhraseMatcher<V> of(Map<String, V> phrases) {
        PhraseMatcher<V> matcher = new PhraseMatcher<>();
        phrases.forEach(matcher::add);
        matcher.link();
        return matcher;
    }

    private void add(String phrase, V value) {
        boolean prefix = phrase.endsWith("*");
        String text = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        Node<V> node = root;
        for (int i = 0; i < text.length(); i++) {
            node = node.next.computeIfAbsent(normalise(text.charAt(i)), c -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
            node.length = text.length();
            node.prefix = prefix;
        }
    }

    /** Breadth-first: each node's fail link is the longest proper suffix that is also a prefix of a phrase. */
    private void link() {
        List<Node<V>> queue = new ArrayList<>();
        for (Node<V> child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        for (int i = 0; i < queue.size(); i++) {
            Node<V> node = queue.get(i);
            node.output = node.fail.value != null ? node.fail : node.fail.output;
            for (Map.Entry<Character, Node<V>> edge : node.next.entrySet()) {
                Node<V> fail = node.fail;
                while (fail != null && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                edge.getValue().fail = fail == null ? root : fail.next.get(edge.getKey());
                queue.add(edge.getValue());
            }
        }
    }

    /** The matches, where they overlap the leftmost longest only. */
    public List<Match<V>> find(String text) {
        return leftmostLongest(findAll(text));
    }

    /** Every match, overlapping ones included. */
    public List<Match<V>> findAll(String text) {
        List<Match<V>> all = new ArrayList<>();
        Node<V> node = root;
        for (int i = 0; i < text.length(); i++) {
            char c = normalise(text.charAt(i));
            while (node != root && !node.next.containsKey(c)) {
                node = node.fail;
            }
            node = node.next.getOrDefault(c, root);
            for (Node<V> hit = node.value != null ? node : node.output; hit != null; hit = hit.output) {
                int start = i + 1 - hit.length;
                if (isBoundary(text, start - 1) && (hit.prefix || isBoundary(text, i + 1))) {
                    int end = hit.prefix ? endOfWord(text, i + 1) : i + 1;
                    all.add(new Match<>(start, end, text.substring(start, end), hit.value));
                }
            }
        }
        return all;
    }

    private static <V> List<Match<V>> leftmostLongest(List<Match<V>> all) {
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
            : Integer.compare(b.end(), a.end()));
        List<Match<V>> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Match<V> match : all) {
            if (match.start() >= coveredTo) {
                kept.add(match);
                coveredTo = match.end();
            }
        }
        return kept;
    }

    private static int endOfWord(String text, int from) {
        int end = from;
        while (!isBoundary(text, end)) {
            end++;
        }
        return end;
    }

    private static boolean isBoundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return !Character.isLetterOrDigit(c) && c != '-' && c != '_';
    }

    private static char normalise(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC', '`' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013' -> '-';
            default -> c;
        };
    }
}
