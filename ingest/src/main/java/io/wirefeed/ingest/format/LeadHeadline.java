package io.wirefeed.ingest.format;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline cut from a story's lead, for dispatches sent without one (a Xinhua story that opens
 * {@code TASHKENT, July 7 (Xinhua) -- ...}): the first sentence after the dateline, at most {@value #LIMIT}
 * characters, cut at a clause or a word boundary when longer.
 */
public final class LeadHeadline {

    static final int LIMIT = 120;
    /**
     * A sentence ends at a full stop, question or exclamation mark after two lower-case letters or digits (so not
     * after "U.S." or "Mr."), before white space and a capital or a quote.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\\d)\"'’”]{2}[.!?])\\s+(?=[\\p{Lu}\"“‘'])");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]\\s|\\s(?:--|—|–)\\s");

    private LeadHeadline() {
    }

    /** The headline the body's lead gives, or "" when the body has no words. */
    public static String of(String body, Instant reference) {
        String lead = body.strip().split("\\n\\s*\\n", 2)[0].replaceAll("\\s+", " ");
        String afterDateline = Datelines.find(lead, reference).map(Datelines.Found::rest).orElse("").strip();
        lead = afterDateline.isEmpty() ? lead : afterDateline;
        Matcher end = SENTENCE_END.matcher(lead);
        String sentence = end.find() ? lead.substring(0, end.start()) : lead;
        sentence = TextRuns.stripTrailing(sentence, ".!?").strip();
        if (sentence.length() <= LIMIT) {
            return sentence;
        }
        String window = sentence.substring(0, LIMIT);
        int clause = -1;
        Matcher clauses = CLAUSE_END.matcher(window);
        while (clauses.find()) {
            clause = clauses.start();
        }
        if (clause >= LIMIT / 2) {
            return window.substring(0, clause).strip();
        }
        int space = window.lastIndexOf(' ', LIMIT - 1);
        return (space > 0 ? window.substring(0, space) : window.substring(0, LIMIT - 1)).strip() + "…";
    }
}
