package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a web page or a wire terminal leaves at the end of copy that is not the story: navigation
 * ({@code Back to top}, {@code Next | Previous}), share and print links, period tabs ({@code Day|Week}), and
 * end-of-story marks ({@code -0-}, {@code ENDS}, {@code (END)}, {@code ###}). Only whole trailing lines made of
 * these are cut, never words inside a paragraph. A credit line ({@code (Reporting by ...; Editing by ...)}) is copy:
 * it names the people who made the story, and stays.
 */
public final class PageFurniture {

    /** The body without its trailing furniture, and the lines cut (oldest first), empty when none was. */
    public record Cut(String body, List<String> removed) {
    }

    private static final Set<String> WORDS = Set.of("home", "back", "to", "top", "next", "previous", "prev", "more",
        "share", "print", "email", "e-mail", "mail", "tweet", "facebook", "twitter", "x", "whatsapp", "linkedin",
        "telegram", "copy", "link", "save", "comment", "comments", "related", "this", "article", "story", "page",
        "day", "week", "month", "year", "most", "read", "popular", "subscribe", "on", "close", "menu");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|·•/>»«<,\\[\\]]+");
    private static final Pattern END_MARK = Pattern.compile(
        "(?i)-0-|ends?|\\(ends?\\)|###|xxx");
    private static final int MAX_WORDS = 10;

    private PageFurniture() {
    }

    public static Cut cut(String body) {
        List<String> lines = new ArrayList<>(Arrays.asList(body.strip().split("\\n")));
        List<String> removed = new ArrayList<>();
        while (!lines.isEmpty()) {
            String last = lines.get(lines.size() - 1).strip();
            if (last.isEmpty()) {
                lines.remove(lines.size() - 1);
            } else if (isFurniture(last) && lines.size() > 1) {
                removed.add(0, last);
                lines.remove(lines.size() - 1);
            } else {
                break;
            }
        }
        return removed.isEmpty() ? new Cut(body, List.of()) : new Cut(String.join("\n", lines).strip(), removed);
    }

    static boolean isFurniture(String line) {
        if (END_MARK.matcher(line).matches()) {
            return true;
        }
        String[] words = SEPARATORS.split(line.toLowerCase(Locale.ROOT));
        int counted = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!WORDS.contains(word)) {
                return false;
            }
            counted++;
        }
        return counted > 0 && counted <= MAX_WORDS;
    }
}
