package io.wirefeed.enrich.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines agencies end a dispatch with, as their systems print them: the agency, then its desk's or its staff's
 * initials after slashes ("APP/ZR/MAK", "BSS/AR/2215 hrs"), or a filing code and a time with its zone glued on
 * ("APP-PES-01-20-28 1347PKT", "KNA-LA-01-21-28 1236EAT"). The initials, the desk and the zone name no organisation
 * the lists do not know ("UNAMID/AU/UN" still names the African Union); the agency opening the line is left to the
 * finders.
 */
final class WireSignOffs {

    /**
     * "APP/ZR/MAK", "BSS/AR/2215 hrs": on a line of its own, two sets of initials or one and a time after the agency
     * ("AFP/AP" is two agencies); group 1 is what follows the agency.
     */
    private static final Pattern INITIALS = Pattern.compile("(?m)^[ \\t]*[A-Z]{2,8}((?:/[A-Z]{1,5}){2,4}"
        + "|(?:/[A-Z]{1,5}){1,3}/\\d{3,4}(?: ?hrs)?)[ \\t]*<?[ \\t]*$");
    /** "APP-PES-01-20-28 1347PKT": group 1 the desk, group 2 the time zone. */
    private static final Pattern FILING = Pattern.compile(
        "(?m)^[ \\t]*[A-Z]{2,8}-([A-Z]{1,5})-\\d\\d-\\d\\d-\\d\\d[ \\t]+\\d{3,4}([A-Z]{2,4})[ \\t]*$");

    private WireSignOffs() {
    }

    /** How many of the text's last lines a sign-off is looked for in. */
    private static final int LAST_LINES = 3;

    /**
     * The spans of the text's sign-off initials, desks and zones, each as {start, end}; none for most texts. Only
     * the last lines are read: higher up, "EU/IMF" on a line of its own is two bodies.
     */
    static List<int[]> in(String text) {
        int from = lastLines(text);
        if (text.indexOf('/', from) < 0 && text.indexOf('-', from) < 0) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>(0);
        Matcher initials = INITIALS.matcher(text).region(from, text.length());
        while (initials.find()) {
            spans.add(new int[] {initials.start(1), initials.end(1)});
        }
        Matcher filing = FILING.matcher(text).region(from, text.length());
        while (filing.find()) {
            spans.add(new int[] {filing.start(1), filing.end(1)});
            spans.add(new int[] {filing.start(2), filing.end(2)});
        }
        return spans;
    }

    /** Where the text's last {@value #LAST_LINES} lines that hold anything begin. */
    private static int lastLines(String text) {
        int lines = 0;
        boolean filled = false;
        for (int at = text.length() - 1; at >= 0; at--) {
            char c = text.charAt(at);
            if (c == '\n') {
                if (filled && ++lines == LAST_LINES) {
                    return at + 1;
                }
                filled = false;
            } else if (!Character.isWhitespace(c)) {
                filled = true;
            }
        }
        return 0;
    }
}
