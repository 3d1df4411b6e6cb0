package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lines agencies write before a story's dateline, told apart: the headline, and around it what is not one. A
 * keyword or slug line ({@code Kenya-weather-floods}, {@code GLOBAL-OIL/ (UPDATE 1)}, {@code DEL27 IMD-RAIN}), a
 * byline ({@code By Peter Mwangi}, {@code Von Jörg Weißmüller, dpa}, {@code Par}, {@code Por}, {@code Door}, a name
 * alone beside a headline, and a title or agency line under it), an editors' note ({@code EDITORS: ...},
 * {@code Eds: ...}), a note in brackets ({@code (Corrects deadline in paragraph 2)}) and telex framing
 * ({@code ZCZC}, a header line {@code XIN0077 4 I 0136 UZB}) are left out. Markers on their own line ({@code URGENT},
 * {@code CORRECTION:}) are kept in front of the headline, where {@link HeadlineSignals} reads them; a note that
 * corrects is a correction marker. A summary's bullet points ({@code * Dollar jumps}) and a story code alone
 * ({@code DEL52}) are left out too.
 */
public final class TitleBlock {

    /** The headline (its markers in front), and the slug line without its trailing slash or note, or null. */
    public record Read(String headline, String slug) {
    }

    private static final Pattern SLUG = Pattern.compile("(?:\\p{Lu}{2,5}\\d+ )?[\\p{L}\\p{N}.+]+(?:[-/][\\p{L}\\p{N}.+]*)+"
        + "(?: \\([^)]*\\))?");
    private static final Pattern BYLINE = Pattern.compile(
        "(?:(?i:by|von|par|por|door) \\p{Lu}[^\\n]{1,80}|[^\\n]{1,60}\\s(?i:writer|correspondent|reporter))");
    private static final Pattern EDITORS_NOTE = Pattern.compile("(?i)(?:editors?|eds|editor'?s note|note to editors)[:.].*");
    private static final Pattern NOTE = Pattern.compile("\\(.*\\)");
    private static final Pattern TELEX = Pattern.compile("(?:ZCZC|NNNN)\\b.*|[A-Za-z]{2,5}\\d{2,5} [1-9] [A-Za-z]{1,4}\\b.*");
    /** A story code alone ({@code DEL52}, PTI's): left out only beside a headline ("COP28" alone may be one). */
    private static final Pattern STORY_CODE = Pattern.compile("\\p{Lu}{2,5}\\d{1,4}");
    /** A summary's bullet point ({@code * Dollar jumps}), as Reuters puts them between headline and dateline. */
    private static final Pattern BULLET = Pattern.compile("[*•·] .*");
    /**
     * A slug in capitals with spaces ({@code JAPAN-PHILIPPINES/COAST GUARD}): a slug only beside a headline, and only
     * with a slash, which headlines in capitals do not have ("US-CHINA TALKS RESUME" above a standfirst).
     */
    private static final Pattern CAPITALS_SLUG = Pattern.compile("\\p{Lu}+(?:[-/]\\p{Lu}+)+(?:[ /-]\\p{Lu}+)*/?");
    /**
     * A keyword line of one word in capitals beside a headline in mixed case ({@code TYPHOON}), as Jiji's; not an
     * editor's word ({@code EXCLUSIVE}, {@code ANALYSIS}), which stays with the headline.
     */
    private static final Pattern KEYWORD = Pattern.compile("\\p{Lu}{3,}");
    /** A slug is no longer than this: a longer line is not matched against the slug patterns at all. */
    private static final int SLUG_LIMIT = 120;
    /** A person's name: two to four capitalised words (particles such as "de" or "bin" between them). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?: (?:\\p{Ll}{1,3} )?\\p{Lu}[\\p{L}'’.-]+){1,3}");
    private static final int BYLINE_WORDS = 10;

    private TitleBlock() {
    }

    /** Whether a line is a byline: {@code By ...} (and its German, French, Spanish... forms) or {@code ... Writer}. */
    public static boolean isByline(String line) {
        String folded = line.strip();
        return BYLINE.matcher(folded).matches() && folded.split("\\s+").length <= BYLINE_WORDS;
    }

    /** The headline and slug of the lines before a dateline (each line one of the title block's, blank ones allowed). */
    public static Read read(List<String> lines) {
        StringBuilder markers = new StringBuilder();
        List<String> candidates = new ArrayList<>();
        String slug = null;
        boolean afterByline = false;
        for (String raw : lines) {
            String line = raw.replaceAll("\\s+", " ").strip();
            HeadlineSignals.Parsed marked = HeadlineSignals.parse(line);
            String rest = marked.headline();
            boolean byline = isByline(rest) || afterByline && NAME.matcher(rest).matches();
            if (line.isEmpty() || byline || leftOut(line, rest)) {
                afterByline = byline;
                continue;
            }
            afterByline = false;
            if (rest.isEmpty() || NOTE.matcher(rest).matches()) {
                markers.append(line, 0, line.length() - rest.length()).append(' ');
                if (rest.startsWith("(Correct")) {
                    markers.append("CORRECTION: ");
                }
            } else if (line.length() <= SLUG_LIMIT && SLUG.matcher(line).matches()) {
                slug = slug != null ? slug : line.replaceAll(" \\(.*\\)$", "").replaceAll("/$", "");
            } else {
                candidates.add(line);
            }
        }
        if (candidates.size() > 1) {
            String capitals = besideAHeadline(candidates);
            slug = slug != null ? slug : capitals;
        }
        return new Read((markers + String.join(" ", candidates)).strip(), slug);
    }

    /** A telex line, an editors' note (behind its markers), a summary's bullet point or a story code alone. */
    private static boolean leftOut(String line, String rest) {
        return TELEX.matcher(line).matches() || EDITORS_NOTE.matcher(rest).matches() || BULLET.matcher(line).matches();
    }

    /**
     * The candidates of several lines without those that stand beside a headline: a name alone is its byline ("Hatice
     * Öztürk"; alone, it may be the headline), as are two to four words in capitals, as keyword lines write them
     * ("VIVIENDA PLAN"), and a slug or a story code ({@link #capitalsSlug}). The slug, or null.
     */
    private static String besideAHeadline(List<String> candidates) {
        String slug = capitalsSlug(candidates);
        candidates.removeIf(candidate -> NAME.matcher(candidate).matches());
        return slug;
    }

    /**
     * The slug among the candidates beside a headline in mixed case, taken out of them: a line of capitals with a
     * slug's dashes and a slash ("JAPAN-PHILIPPINES/COAST GUARD") or one word in capitals ("TYPHOON"); a story code
     * alone ("DEL52") is taken out too.
     * Without such a headline beside them either may be the headline ("US-CHINA TALKS RESUME", "COP28"). Null when
     * there is no slug.
     */
    private static String capitalsSlug(List<String> candidates) {
        boolean headline = candidates.stream().anyMatch(candidate -> !candidate.equals(candidate.toUpperCase(Locale.ROOT))
            && !NAME.matcher(candidate).matches());
        if (!headline) {
            return null;
        }
        candidates.removeIf(candidate -> candidate.length() <= SLUG_LIMIT && STORY_CODE.matcher(candidate).matches());
        for (String candidate : candidates) {
            if (candidate.length() <= SLUG_LIMIT && (candidate.indexOf('/') > 0 && CAPITALS_SLUG.matcher(candidate).matches()
                    || KEYWORD.matcher(candidate).matches() && !Datelines.EDITORIAL.contains(candidate))) {
                candidates.remove(candidate);
                return candidate.replaceAll("/$", "");
            }
        }
        return null;
    }
}
