package io.wirefeed.enrich.topic;

import java.util.Arrays;

/**
 * A dispatch's headline and body as rules read them, built in one pass: the normalised text (lower case,
 * punctuation as single spaces, as {@link io.wirefeed.enrich.text.NormalForm}), the number of the word at each of its
 * characters, the sentence of each word, and where each character of the headline and body went. Sentences end at
 * {@code .}, {@code !}, {@code ?} or {@code ;} before a space (not after a lone capital, as in "U.S."), at a blank
 * line and between headline and body; a single line break does not end one, since wire copy is often wrapped.
 * Where each character of a field went is worked out only when asked (for an entity's mention), once per field.
 */
final class RuleText {

    /** The normalised text as it is written, {@code length} characters of it. */
    private final char[] text;
    private int length;
    private final String normalised;
    private int[] wordAt;
    private int[] sentenceOfWord;
    private final String headline;
    private final String body;
    private final int bodyFrom;
    private int[] headlineAt;
    private int[] bodyAt;
    private int words;
    private int sentence;
    /** The number of the body's first sentence. */
    private int bodySentence;
    private boolean inWord;

    private RuleText(String headline, String body) {
        // every character read gives at most one, and one space may join headline and body
        int capacity = headline.length() + body.length() + 1;
        text = new char[capacity];
        wordAt = new int[capacity];
        sentenceOfWord = new int[capacity / 4 + 16];
        this.headline = headline;
        this.body = body;
        read(headline);
        endSentence();
        bodySentence = sentence;
        bodyFrom = length;
        read(body);
        normalised = new String(text, 0, length);
    }

    static RuleText of(String headline, String body) {
        return new RuleText(headline == null ? "" : headline, body == null ? "" : body);
    }

    String normalised() {
        return normalised;
    }

    /** The word of the normalised text at that character (a space belongs to the word before it). */
    int word(int at) {
        return wordAt[Math.max(0, Math.min(at, normalised.length() - 1))];
    }

    int sentenceOf(int word) {
        return sentenceOfWord[word];
    }

    /** Whether a word is in the headline or the first {@code sentences} sentences of the body. */
    boolean inLead(int word, int sentences) {
        return sentenceOfWord[word] < bodySentence + sentences;
    }

    /** Where a character of the headline ({@code headline} true) or body went in the normalised text, or -1. */
    int normalisedAt(boolean inHeadline, int at) {
        if (inHeadline && headlineAt == null) {
            headlineAt = map(headline, 0);
        } else if (!inHeadline && bodyAt == null) {
            bodyAt = map(body, bodyFrom);
        }
        int[] map = inHeadline ? headlineAt : bodyAt;
        return at < 0 || at >= map.length ? -1 : map[at];
    }

    /** Where each character of a field that starts at {@code from} of the normalised text went, as in read. */
    private static int[] map(String field, int from) {
        int[] at = new int[field.length()];
        int position = from;
        boolean word = false;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            boolean letter = Character.isLetterOrDigit(c) || c == '*';
            if (letter && !word && position > 0) {
                position++;
            }
            at[i] = position;
            position += letter ? 1 : 0;
            word = letter;
        }
        return at;
    }

    private void read(String field) {
        int lineBreaks = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '*') {
                if (!inWord) {
                    if (length > 0) {
                        wordAt[length] = words - 1;
                        text[length++] = ' ';
                    }
                    if (words == sentenceOfWord.length) {
                        sentenceOfWord = Arrays.copyOf(sentenceOfWord, words * 2);
                    }
                    sentenceOfWord[words] = sentence;
                    inWord = true;
                }
                wordAt[length] = words;
                text[length++] = Character.toLowerCase(c);
                lineBreaks = 0;
            } else {
                if (inWord) {
                    words++;
                    inWord = false;
                }
                lineBreaks += c == '\n' ? 1 : 0;
                if (lineBreaks == 2 || endsSentence(field, i)) {
                    closeSentence();
                }
            }
        }
    }

    /** Ends the headline's sentence, unless its own last stop ended it already ("Gunmen kill 12 in Quetta."). */
    private void endSentence() {
        if (inWord) {
            words++;
            inWord = false;
        }
        closeSentence();
    }

    /** Starts a new sentence once per sentence: a full stop and the blank line after it end one, not two. */
    private void closeSentence() {
        if (words > 0 && sentenceOfWord[words - 1] == sentence) {
            sentence++;
        }
    }

    private static boolean endsSentence(String field, int i) {
        char c = field.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != ';') {
            return false;
        }
        if (i + 1 < field.length() && !Character.isWhitespace(field.charAt(i + 1))) {
            return false;
        }
        boolean loneCapital = c == '.' && i >= 1 && Character.isUpperCase(field.charAt(i - 1))
            && (i < 2 || !Character.isLetterOrDigit(field.charAt(i - 2)));
        return !loneCapital;
    }
}
