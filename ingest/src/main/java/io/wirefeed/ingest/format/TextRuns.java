package io.wirefeed.ingest.format;

/**
 * Linear-time replacements for regular expressions anchored at the end of untrusted text. A pattern such as
 * {@code [<=]+\s*$} is tried at every start position and scans the whole run each time: quadratic in the
 * length of a run of '<' or spaces, minutes for a megabyte a sender can craft.
 */
public final class TextRuns {

    private TextRuns() {
    }

    /** The text without the run of the given characters at its end. */
    public static String stripTrailing(String text, String characters) {
        int end = text.length();
        while (end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The text without white space at its end, then without the run of the given characters before it. */
    public static String stripTrailingAfterSpace(String text, String characters) {
        return stripTrailing(text.stripTrailing(), characters);
    }
}
