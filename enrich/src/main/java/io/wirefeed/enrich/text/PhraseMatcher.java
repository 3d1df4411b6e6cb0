package io.wirefeed.enrich.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every occurrence of many phrases in one pass over a text (Aho-Corasick), keeping only whole-word
 * matches and, where matches overlap, the leftmost longest. A phrase ending in {@code *} matches any word
 * that starts with it ({@code bomb*}: bombing, bomber). Matching is case-sensitive (names are written
 * with capitals; acronyms are written in them) with apostrophes and dashes of every kind taken as one.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    /**
     * One match: the span in the text searched ({@code source}) and what the phrase stands for. The text matched is
     * cut from the source only when asked for, since most matches are read by their span alone.
     */
    public record Match<V>(String source, int start, int end, V value) {

        public String text() {
            return source.substring(start, end);
        }

        /** The match, not the whole text it was found in. */
        @Override
        public String toString() {
            return "Match[" + start + ".." + end + " " + text() + "=" + value + "]";
        }
    }

    /** A phrase that ends in a state of the automaton. */
    private record Ending<V>(V value, int length, boolean prefix, Ending<V> shorter) {
    }

    /** Trie node, used only while building. */
    private static final class Node {
        private final Map<Character, Node> next = new TreeMap<>();
        private Node fail;
        private int state;
        private int length;
        /** What the phrase ending here stands for. */
        private Object value;
        /** What the same phrase with a {@code *} stands for. */
        private Object prefixValue;
    }

    /** Class of each ASCII character in {@link #transitions}; 0 for characters no phrase contains. */
    private final int[] asciiClass = new int[128];
    private final Map<Character, Integer> otherClass = new HashMap<>();
    private final int width;
    /** Deterministic automaton: state {@code s} reading class {@code c} goes to {@code transitions[s * width + c]}. */
    private final int[] transitions;
    /** The longest phrases ending in each state, linked to the shorter ones that end there too; or null. */
    private final Ending<V>[] endings;

    /**
     * Builds the trie of the phrases, links each node to the longest proper suffix that is also a prefix of a
     * phrase (Aho-Corasick), and compiles both into one table: matching then takes one array read per
     * character, however many phrases there are.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})  // an array of a generic record
    private PhraseMatcher(Map<String, V> phrases) {
        Node root = new Node();
        phrases.forEach((phrase, value) -> add(root, phrase, value));
        List<Node> states = breadthFirst(root);
        List<Character> alphabet = new ArrayList<>();
        states.forEach(node -> node.next.keySet().stream().filter(c -> classOf(c) == 0).forEach(c -> {
            alphabet.add(c);
            if (c < 128) {
                asciiClass[c] = alphabet.size();
            } else {
                otherClass.put(c, alphabet.size());
            }
        }));
        width = alphabet.size() + 1;
        transitions = new int[states.size() * width];
        endings = new Ending[states.size()];
        for (Node node : states) {
            for (int c = 1; c < width; c++) {
                Node child = node.next.get(alphabet.get(c - 1));
                // States are numbered breadth-first, so the fail state's row is already complete.
                transitions[node.state * width + c] = child != null ? child.state
                    : node == root ? 0 : transitions[node.fail.state * width + c];
            }
            Ending<V> ending = node == root ? null : endings[node.fail.state];
            if (node.prefixValue != null) {
                ending = new Ending<>((V) node.prefixValue, node.length, true, ending);
            }
            if (node.value != null) {
                ending = new Ending<>((V) node.value, node.length, false, ending);
            }
            endings[node.state] = ending;
        }
    }

    /**
     * A matcher of the given phrases; when a phrase is given twice, its first value is kept. A word and the prefix of
     * its endings ("attack" and "attack*") are two phrases: both match "attack", exact first in {@link #findAll}, and
     * {@link #find} keeps the exact one.
     */
    public static <V> PhraseMatcher<V> of(Map<String, V> phrases) {
        return new PhraseMatcher<>(phrases);
    }

    private static void add(Node root, String phrase, Object value) {
        boolean prefix = phrase.endsWith("*");
        String text = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        Node node = root;
        for (int i = 0; i < text.length(); i++) {
            node = node.next.computeIfAbsent(normalise(text.charAt(i)), c -> new Node());
        }
        // "attack" and "attack*" end in the same node and are two phrases: "attack" is both, "attacked" only the second
        node.length = text.length();
        if (prefix && node.prefixValue == null) {
            node.prefixValue = value;
        } else if (!prefix && node.value == null) {
            node.value = value;
        }
    }

    /** The nodes breadth-first, numbered in that order, each with its fail link. */
    private static List<Node> breadthFirst(Node root) {
        List<Node> queue = new ArrayList<>();
        queue.add(root);
        for (int i = 0; i < queue.size(); i++) {
            Node node = queue.get(i);
            node.state = i;
            for (Map.Entry<Character, Node> edge : node.next.entrySet()) {
                Node fail = node.fail;
                while (fail != null && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                edge.getValue().fail = fail == null ? root : fail.next.get(edge.getKey());
                queue.add(edge.getValue());
            }
        }
        return queue;
    }

    private int classOf(char c) {
        return c < 128 ? asciiClass[c] : otherClass.getOrDefault(c, 0);
    }

    /** The matches, where they overlap the leftmost longest only. */
    public List<Match<V>> find(String text) {
        return leftmostLongest(findAll(text));
    }

    /** Every match, overlapping ones included. */
    public List<Match<V>> findAll(String text) {
        List<Match<V>> all = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = transitions[state * width + classOf(normalise(text.charAt(i)))];
            for (Ending<V> hit = endings[state]; hit != null; hit = hit.shorter()) {
                int start = i + 1 - hit.length();
                if (isBoundary(text, start - 1) && (hit.prefix() || isBoundary(text, i + 1))) {
                    int end = hit.prefix() ? endOfWord(text, i + 1) : i + 1;
                    all.add(new Match<>(text, start, end, hit.value()));
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
