package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.wirefeed.enrich.text.WordSet;

/**
 * The parts of a run of capitalised words, which the {@link LearnedNameFinder} judges when it names no whole run:
 * the names a list joins ("Ngoshe" and "Bitta" of "Ngoshe and Bitta"), the words on either side of a title ("Health"
 * and "Ana Kovač" of "Health Minister Ana Kovač") and, in a run around earlier finders' mentions, the words beside
 * them ("Hillstate" of "Hyundai Engineering &amp; Construction Hillstate"). A run of more than {@link #MAX_WORDS}
 * words, which is no name, has no parts, so that cutting a run never costs more than a bounded multiple of its
 * length.
 */
final class RunParts {

    /** How a part was cut from its run, which the model weighs: a list's name is not a title's. */
    enum Cut {
        /** A whole run, not a part. */
        WHOLE,
        /** One name of a list. */
        LIST,
        /** Before or after a title. */
        TITLE,
        /** Beside the earlier mentions a run holds. */
        BESIDE
    }

    /** Longer runs are table rows, lists of capitalised words or shouting, not names worth cutting. */
    static final int MAX_WORDS = 12;

    /** The lower-case words that join the names of a list. */
    private static final Set<String> LIST_JOINERS = WordSet.of("and", "y", "e");

    private RunParts() {
    }

    /** The parts of a run no earlier finder took part of: between its list joiners, and on either side of a title. */
    static List<CapitalisedRuns.Run> ofFreeRun(String text, int start, int end) {
        List<int[]> words = words(text, start, end);
        List<CapitalisedRuns.Run> parts = new ArrayList<>();
        if (words.size() > MAX_WORDS) {
            return parts;
        }
        Set<Long> seen = new HashSet<>();
        int listStart = start;
        for (int i = 0; i < words.size(); i++) {
            int[] word = words.get(i);
            String written = text.substring(word[0], word[1]);
            if (LIST_JOINERS.contains(written)) {
                add(text, listStart, word[0], start, end, Cut.LIST, parts, seen);
                listStart = word[1];
            } else if (i < words.size() - 1 && isTitle(written)) {
                add(text, start, word[0], start, end, Cut.TITLE, parts, seen);
                add(text, word[1], end, start, end, Cut.TITLE, parts, seen);
            }
        }
        if (listStart > start) {
            add(text, listStart, end, start, end, Cut.LIST, parts, seen);
        }
        return parts;
    }

    /** The words of a run beside the mentions it holds, which lie inside it. */
    static List<CapitalisedRuns.Run> besideMentions(String text, int start, int end, List<FoundMention> inside) {
        List<FoundMention> ordered = new ArrayList<>(inside);
        ordered.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<CapitalisedRuns.Run> parts = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int from = start;
        for (FoundMention mention : ordered) {
            add(text, from, mention.start(), start, end, Cut.BESIDE, parts, seen);
            from = Math.max(from, mention.end());
        }
        add(text, from, end, start, end, Cut.BESIDE, parts, seen);
        return parts;
    }

    /** A title ("Mayor") or a role written capitalised ("Chairperson"). */
    private static boolean isTitle(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return NameVocabulary.TITLES.contains(bare) || NameVocabulary.ROLES.contains(bare.toLowerCase(Locale.ROOT));
    }

    private static void add(String text, int from, int to, int runStart, int runEnd, Cut cut,
                            List<CapitalisedRuns.Run> parts, Set<Long> seen) {
        if (to <= from) {
            return;
        }
        CapitalisedRuns.Run part = CapitalisedRuns.candidate(text, from, to, cut);
        if (part != null && !(part.start() == runStart && part.end() == runEnd)
                && seen.add((long) part.start() << 32 | part.end())) {
            parts.add(part);
        }
    }

    /** Each word's [start, end) in [start, end), words parted by spaces. */
    private static List<int[]> words(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        int at = start;
        while (at < end) {
            while (at < end && text.charAt(at) == ' ') {
                at++;
            }
            int wordStart = at;
            while (at < end && text.charAt(at) != ' ') {
                at++;
            }
            if (at > wordStart) {
                words.add(new int[] {wordStart, at});
            }
        }
        return words;
    }
}
