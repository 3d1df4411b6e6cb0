package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;

/** Names the gazetteer knows, in one pass; the capitals that open a field (datelines) are looked up title-cased. */
public final class GazetteerFinder implements MentionFinder {

    private final Gazetteer gazetteer;

    public GazetteerFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<FoundMention> find(String field, String text, List<FoundMention> taken) {
        List<FoundMention> found = new ArrayList<>();
        for (PhraseMatcher.Match<GazetteerEntry> match : gazetteer.find(titleCaseCapitalWords(text))) {
            found.add(new FoundMention(field, match.start(), match.end(), text.substring(match.start(), match.end()),
                match.value()));
        }
        return found;
    }

    /**
     * "TASHKENT, July 7" as "Tashkent, July 7": the capitals that open a field (a dateline, the start of a body)
     * title-cased, so that the gazetteer's names match them; same length, so offsets hold. Capitals elsewhere
     * (acronyms) are left alone.
     */
    static String titleCaseCapitalWords(String text) {
        int end = 0;
        while (end < text.length() && (Character.isUpperCase(text.charAt(end)) || " -.'".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        // Only a dateline's shape: capitals followed by a comma or an agency in parentheses ("NEW YORK (AP)").
        if (end == text.length() || text.charAt(end) != ',' && text.charAt(end) != '(') {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = 1; i < end; i++) {
            if (Character.isLetter(text.charAt(i - 1))) {
                out.setCharAt(i, Character.toLowerCase(text.charAt(i)));
            }
        }
        return out.toString();
    }
}
