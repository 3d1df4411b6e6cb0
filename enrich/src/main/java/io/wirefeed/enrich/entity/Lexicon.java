package io.wirefeed.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;

/**
 * What English words tell about names: whether a word is an ordinary English word (so that a capital at the
 * start of a sentence, or a town called Reading, is not taken for a name without more evidence) and whether it is
 * a given name (so that "Frank Guarini" is a person). Loaded once, shared by every finder.
 */
final class Lexicon {

    private static final String BASE = "/io/wirefeed/enrich/gazetteer/";
    private static final Lexicon SHIPPED = new Lexicon(union(lines("common-words.txt"), lines("common-words-finance.txt")),
        union(lines("first-names.txt"),
        union(lines("given-names-world.txt"), lines("given-names-faker.txt"))));

    private final Set<String> commonWords;
    /**
     * The common words written with a capital ("Reading" of "reading"): most words asked about open a sentence or a
     * name, and looking them up as written spares making each one's lower case.
     */
    private final Set<String> capitalisedCommonWords;
    private final Set<String> givenNames;

    private Lexicon(Set<String> commonWords, Set<String> givenNames) {
        this.commonWords = commonWords;
        this.capitalisedCommonWords = capitalised(commonWords);
        this.givenNames = givenNames;
    }

    private static Set<String> capitalised(Set<String> lowerCaseWords) {
        Set<String> capitalised = new HashSet<>();
        for (String word : lowerCaseWords) {
            if (!word.isEmpty() && word.charAt(0) >= 'a' && word.charAt(0) <= 'z' && lowerCaseAfter(word, 0)) {
                capitalised.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
        }
        return WordSet.of(capitalised);
    }

    static Lexicon shipped() {
        return SHIPPED;
    }

    /** Whether the word, in lower case, is an ordinary English word ("reading", "mobile", "baker"). */
    boolean isCommonWord(String word) {
        if (!word.isEmpty() && word.charAt(0) >= 'A' && word.charAt(0) <= 'Z' && lowerCaseAfter(word, 0)) {
            return capitalisedCommonWords.contains(word);
        }
        return commonWords.contains(lowerCase(word));
    }

    /** The word in lower case; itself when it is already (most words are). */
    private static String lowerCase(String word) {
        return lowerCaseAfter(word, -1) ? word : word.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether every character after index {@code from} is in lower case. */
    private static boolean lowerCaseAfter(String word, int from) {
        for (int i = from + 1; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word, as capitalised, is a given name ("Frank", "Mark"). */
    boolean isGivenName(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (givenNames.contains(word)) {
            return true;
        }
        if (isCapitalised(word)) {
            return false;
        }
        String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
        return !capitalised.equals(word) && givenNames.contains(capitalised);
    }

    /** A capital and then lower case only ("Mark"): as given names are listed, so nothing to rewrite. */
    static boolean isCapitalised(String word) {
        if (Character.toUpperCase(word.charAt(0)) != word.charAt(0)) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128 || Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return WordSet.of(both);
    }

    private static Set<String> lines(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("Word list " + file + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return WordSet.of(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + file, e);
        }
    }
}
