package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;

/** Names the gazetteer knows, in one pass; capitals-only words (datelines, slugs) are looked up title-cased. */
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
     * "TASHKENT, July 7" as "Tashkent, July 7": same length, so offsets hold. Acronyms (two to five capitals)
     * are left as they are.
     */
    static String titleCaseCapitalWords(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean allUpper = true;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                allUpper &= Character.isUpperCase(text.charAt(end));
                end++;
            }
            if (allUpper && end - i > 5) {
                for (int j = i + 1; j < end; j++) {
                    out.setCharAt(j, Character.toLowerCase(text.charAt(j)));
                }
            }
            i = end;
        }
        return out.toString();
    }
}
