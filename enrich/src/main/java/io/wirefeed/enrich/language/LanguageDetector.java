package io.wirefeed.enrich.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of a dispatch's text with Apache OpenNLP's language model (183 languages). The
 * agency's declared language is a hint, not the truth: it is taken only when the text is too short or too
 * mixed for the model to be sure.
 */
public final class LanguageDetector {

    /** The code for a language that could not be told. */
    public static final String UNDETERMINED = "und";
    private static final String MODEL = "/langdetect-183.bin";
    private static final double CLOSE_ENOUGH = 0.8;
    private static final int ENOUGH_CHARACTERS = 40;
    /** Enough text to tell a language apart; the model's cost grows with every character scored. */
    private static final int SAMPLE_CHARACTERS = 200;

    /** Words frequent in English copy and rare in other languages' (no "a", "on" or "in": French and German use them). */
    private static final List<String> ENGLISH = List.of("the", "of", "and", "to", "said", "for", "was", "with", "that",
        "from", "were", "has", "have", "which", "by", "at", "is", "will");
    private static final int LONGEST_ENGLISH = ENGLISH.stream().mapToInt(String::length).max().orElse(0);
    private static final double ENGLISH_SHARE = 0.12;
    /** Counting words is cheap: the English check looks further than the model does. */
    private static final int SCAN_CHARACTERS = 800;
    private static final int ENOUGH_WORDS = 12;

    private final ThreadLocal<LanguageDetectorME> detectors;
    private final Map<String, String> twoLetterCodes = new HashMap<>();

    public LanguageDetector() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP language model " + MODEL + " is not on the classpath");
            }
            LanguageDetectorModel model = new LanguageDetectorModel(in);
            detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the OpenNLP language model", e);
        }
        for (String code : Locale.getISOLanguages()) {
            twoLetterCodes.put(new Locale(code).getISO3Language(), code);
        }
    }

    /**
     * The language of the text as an ISO 639-1 code where one exists (else the model's ISO 639-3 code), the
     * declared language when the text does not say clearly, or {@value #UNDETERMINED}.
     */
    public String detect(String text, String declared) {
        String sample = text.length() > SAMPLE_CHARACTERS ? text.substring(0, SAMPLE_CHARACTERS) : text;
        String hint = declared == null || declared.isBlank() ? null
            : declared.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (sample.strip().length() < ENOUGH_CHARACTERS) {
            return hint != null ? hint : UNDETERMINED;
        }
        if (isPlainlyEnglish(text.length() > SCAN_CHARACTERS ? text.substring(0, SCAN_CHARACTERS) : text)) {
            return "en";    // most wire copy: no need to score 183 languages
        }
        // A detector is not thread-safe: one per thread, over the shared model.
        Language[] ranked = detectors.get().predictLanguages(sample);
        Language best = ranked[0];
        if (hint != null) {
            // The declared language wins when the model rates it nearly as likely as its favourite.
            for (Language candidate : ranked) {
                if (hint.equals(twoLetterCodes.getOrDefault(candidate.getLang(), candidate.getLang()))) {
                    return candidate.getConfidence() >= best.getConfidence() * CLOSE_ENOUGH ? hint : code(best);
                }
            }
        }
        return code(best);
    }

    /** Whether English's most frequent words make up a share of the text no other language's copy shows. */
    static boolean isPlainlyEnglish(String sample) {
        int words = 0;
        int english = 0;
        int start = -1;
        for (int i = 0; i <= sample.length(); i++) {
            boolean letter = i < sample.length() && Character.isLetter(sample.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words++;
                if (i - start <= LONGEST_ENGLISH && isFrequentEnglish(sample, start, i)) {
                    english++;
                }
                start = -1;
            }
        }
        return words >= ENOUGH_WORDS && english >= words * ENGLISH_SHARE;
    }

    /**
     * Whether the letters from {@code start} to {@code end} spell one of {@link #ENGLISH} in any case, compared in
     * place: this runs for most words of every dispatch. Only ASCII capitals are lowered, as lowering the whole word
     * did for these words: the two other letters that lower to ASCII, the Kelvin sign (to "k") and a dotted capital I
     * (to "i" and a combining dot), never spelt one of them.
     */
    private static boolean isFrequentEnglish(String text, int start, int end) {
        for (String word : ENGLISH) {
            if (word.length() == end - start && asciiIgnoringCase(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiIgnoringCase(String text, int start, String lowerCase) {
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = text.charAt(start + i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String code(Language language) {
        return twoLetterCodes.getOrDefault(language.getLang(), language.getLang());
    }
}
