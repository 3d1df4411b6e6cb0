package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.wirefeed.schema.SourceFormat;

/**
 * ANPA-1312 and IPTC 7901 copy that lost its control characters on the way (saved to a file, or passed through a
 * gateway or mail that strips them), or framed as telex was (ZCZC to NNNN). Each message still opens with its
 * header line and may close with its timestamp line, so the header lines tell the format and where each message
 * starts.
 */
final class UnframedText {

    /** Every control character but tab and line ends: the padding, and any framing character left over. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+");
    /**
     * An ANPA-1312 header line ({@code a0734 r i BC-Mongolia-Parliament 1stLd-Writethru 07-07 0542}): selector and
     * sequence, priority and category letters, a slug.
     */
    private static final Pattern ANPA_HEADER_LINE = Pattern.compile("[a-z]{1,4} ?\\d{2,6}\\s+[a-z]\\s+[a-z]\\s+"
        + "[a-z]{1,4}-\\S+(?:\\s.*)?", Pattern.CASE_INSENSITIVE);
    /**
     * An IPTC 7901 header line ({@code dpa0042 4 pol 0312}, fields after the word count allowed), which no sentence
     * is: no word but the category between the priority and the count.
     */
    private static final Pattern IPTC_7901_HEADER_LINE = Pattern.compile("[a-z]{2,10}\\d{2,6}\\s+[1-9]\\s+[a-z]{1,4}"
        + "(?:\\s+\\d{1,5}(?:\\s+\\S+)*)?", Pattern.CASE_INSENSITIVE);
    /** Telex framing around a message (ZCZC opens it, NNNN closes it), as Xinhua's heritage copy keeps it: no text. */
    private static final Pattern TELEX = Pattern.compile("^(?:ZCZC|NNNN)\\b\\s*");
    /** How many lines an ANPA-1312 header may take before its first {@code ^} header line (it may be wrapped). */
    private static final int ANPA_HEADER_LINES = 3;

    private UnframedText() {
    }

    /**
     * The format of a transmission that opens with a header without control characters around it: ANPA-1312's, on up
     * to three lines before a {@code ^} header line, or IPTC 7901's on its own line.
     */
    static Optional<SourceFormat> format(String transmission) {
        List<String> lines = transmission.lines().map(line -> withoutTelex(CONTROLS.matcher(line).replaceAll("").strip()))
            .filter(line -> !line.isEmpty()).limit(ANPA_HEADER_LINES + 1L).toList();  // the first lines only: text is long
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (headerLength(lines, 0, SourceFormat.ANPA_1312) > 0) {
            return Optional.of(SourceFormat.ANPA_1312);
        }
        return headerLength(lines, 0, SourceFormat.IPTC_7901) > 0 ? Optional.of(SourceFormat.IPTC_7901) : Optional.empty();
    }

    /**
     * The messages of a transmission in the format: one from each of its header lines to the next, the last line its
     * trailer when {@code timestampLine} reads it as one.
     */
    static List<ControlFramedText.Message> messages(String transmission, SourceFormat format,
                                                    ControlFramedText.TimestampLine timestampLine) {
        List<String> lines = TextDecoding.lineFeeds(CONTROLS.matcher(transmission).replaceAll("")).lines()
            .map(UnframedText::withoutTelex).toList();
        List<ControlFramedText.Message> messages = new ArrayList<>();
        int start = -1;
        int startHeader = 0;
        for (int i = 0; i <= lines.size(); i++) {
            int header = i < lines.size() ? headerLength(lines, i, format) : 1;
            if (header == 0) {
                continue;
            }
            if (start >= 0) {
                messages.add(message(lines.subList(start, i), startHeader, timestampLine));
            }
            start = i;
            startHeader = header;
            i += header - 1;  // past the header's lines
        }
        return messages;
    }

    private static String withoutTelex(String line) {
        return TELEX.matcher(line).replaceFirst("");
    }

    /**
     * How many lines the header at line {@code i} takes, or 0 when none starts there: IPTC 7901's one, ANPA-1312's
     * up to its first {@code ^} line (selector and sequence may stand on a line of their own).
     */
    private static int headerLength(List<String> lines, int i, SourceFormat format) {
        if (format == SourceFormat.IPTC_7901) {
            return IPTC_7901_HEADER_LINE.matcher(lines.get(i).strip()).matches() ? 1 : 0;
        }
        for (int caret = i + 1; caret < lines.size() && caret <= i + ANPA_HEADER_LINES; caret++) {
            if (lines.get(caret).strip().startsWith("^")) {
                String header = String.join(" ", lines.subList(i, caret)).strip();
                return ANPA_HEADER_LINE.matcher(header).matches() ? caret - i : 0;
            }
        }
        return 0;
    }

    private static ControlFramedText.Message message(List<String> lines, int headerLines,
                                                     ControlFramedText.TimestampLine timestampLine) {
        String header = ControlFramedText.oneLine(String.join(" ", lines.subList(0, headerLines)));
        int end = lines.size();
        while (end > headerLines && lines.get(end - 1).isBlank()) {
            end--;
        }
        String trailer = "";
        if (end > headerLines && timestampLine.test(header, ControlFramedText.oneLine(lines.get(end - 1)))) {
            trailer = ControlFramedText.oneLine(lines.get(--end));
        }
        StringBuilder text = new StringBuilder();
        lines.subList(headerLines, end).forEach(line -> text.append(line).append('\n'));
        return new ControlFramedText.Message(header, text.toString(), trailer, false);
    }
}
