package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;

/**
 * The transmission framing that IPTC 7901 and ANPA-1312 share: messages that open with SOH, carry a header
 * up to STX, text up to ETX, and a trailer (the timestamp) up to EOT or the next message. Copy saved to a file,
 * or passed through a gateway or mail that strips control characters, arrives without them: its header line, its
 * text and its timestamp line still say what the framing did, and it is read as one message with a
 * {@link ParseWarning#FRAMING_MISSING} warning.
 */
public final class ControlFramedText {

    public static final char SYN = 0x16;
    public static final char SOH = 0x01;
    public static final char STX = 0x02;
    public static final char ETX = 0x03;
    public static final char EOT = 0x04;

    /**
     * One message: the header (its lines joined by spaces), the text (lines ending in {@code \n}), the trailer
     * (one line), and whether control characters framed it. Control characters other than the framing ones, which
     * transmission lines pad with and which sometimes land between fields, are gone: a space in the header and
     * trailer, nothing in the text.
     */
    public record Message(String header, String text, String trailer, boolean framed) {
    }

    /** Control characters that are noise here: all but tab, line ends and the framing SOH, STX, ETX and EOT. */
    private static final Pattern NOISE = Pattern.compile("[\\x00\\x05-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+");
    /** Every control character but tab and line ends: what is left of a transmission that lost its framing. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+");
    /**
     * An ANPA-1312 header line ({@code a0734 r i BC-Mongolia-Parliament 1stLd-Writethru 07-07 0542}): selector and
     * sequence, priority and category letters, a slug.
     */
    private static final Pattern ANPA_HEADER_LINE = Pattern.compile("[a-z]{1,4} ?\\d{2,6}\\s+[a-z]\\s+[a-z]\\s+"
        + "[a-z]{1,4}-\\S+(?:\\s.*)?", Pattern.CASE_INSENSITIVE);
    /** An IPTC 7901 header line and nothing else on it ({@code dpa0042 4 pol 0312}), which no sentence is. */
    private static final Pattern IPTC_7901_HEADER_LINE = Pattern.compile("[a-z]{2,10}\\d{2,6}\\s+[1-9]\\s+[a-z]{1,4}"
        + "(?:\\s+\\d{1,5})?", Pattern.CASE_INSENSITIVE);
    /** How many lines below an unframed ANPA-1312 header its {@code ^} header lines may start. */
    private static final int ANPA_CARET_LINES = 3;

    /** Reads one framed message into a dispatch builder's fields. */
    @FunctionalInterface
    public interface MessageReader {
        Dispatch read(Dispatch.Builder dispatch, Message message) throws InvalidDispatchException;
    }

    private ControlFramedText() {
    }

    /**
     * The dispatches of a framed transmission, one per message, each failure naming its message; or of one that
     * lost its control characters, read as one message whose last line is its trailer when {@code timestampLine}
     * says it is one.
     */
    public static List<Dispatch> parse(RawDocument document, String formatName, Predicate<String> timestampLine,
            MessageReader reader) throws InvalidDispatchException {
        String transmission = TextDecoding.decode(document.bytes(), document.declaredCharset().orElse(null));
        List<Message> messages = transmission.indexOf(SOH) < 0 && unframedFormat(transmission).isPresent()
            ? List.of(unframed(transmission, timestampLine)) : split(transmission, formatName);
        String sha256 = document.sha256();
        List<Dispatch> dispatches = new ArrayList<>(messages.size());
        for (Message message : messages) {
            Dispatch.Builder dispatch = document.newDispatch(dispatches.size(), sha256);
            if (!message.framed()) {
                ParseWarning.FRAMING_MISSING.record(dispatch, "no control characters; header '" + message.header()
                    + "'");
            }
            try {
                dispatches.add(reader.read(dispatch, message));
            } catch (InvalidDispatchException e) {
                throw new InvalidDispatchException(formatName + " message " + (dispatches.size() + 1) + ": "
                    + e.getMessage(), e);
            }
        }
        return dispatches;
    }

    /** The messages of a transmission, or a precise reason why its framing is broken. */
    public static List<Message> split(String transmission, String formatName) throws InvalidDispatchException {
        List<Message> messages = new ArrayList<>();
        int at = transmission.indexOf(SOH);
        if (at < 0) {
            throw new InvalidDispatchException(formatName + ": no SOH (start of heading) control character");
        }
        while (at >= 0) {
            int stx = transmission.indexOf(STX, at);
            int next = transmission.indexOf(SOH, at + 1);
            int number = messages.size() + 1;
            if (stx < 0 || next >= 0 && stx > next) {
                throw new InvalidDispatchException(formatName + " message " + number + ": no STX (start of text) "
                    + "after its header: truncated or not " + formatName);
            }
            int etx = transmission.indexOf(ETX, stx);
            if (etx < 0 || next >= 0 && etx > next) {
                throw new InvalidDispatchException(formatName + " message " + number + ": no ETX (end of text): "
                    + "truncated");
            }
            int end = next >= 0 ? next : transmission.length();
            int eot = transmission.indexOf(EOT, etx);
            String trailer = transmission.substring(etx + 1, eot >= 0 && eot < end ? eot : end);
            messages.add(new Message(oneLine(transmission.substring(at + 1, stx)),
                NOISE.matcher(transmission.substring(stx + 1, etx)).replaceAll("").replaceAll("\\r\\n?", "\n"),
                oneLine(trailer), true));
            at = next;
        }
        return messages;
    }

    /**
     * The format of a transmission without control characters whose first line is a header: ANPA-1312's, with a
     * {@code ^} header line right below it, or IPTC 7901's alone on its line.
     */
    public static Optional<SourceFormat> unframedFormat(String transmission) {
        List<String> lines = transmission.lines().limit(ANPA_CARET_LINES + 16L)
            .map(line -> CONTROLS.matcher(line).replaceAll("").strip()).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String header = lines.get(0);
        if (ANPA_HEADER_LINE.matcher(header).matches()
                && lines.stream().skip(1).limit(ANPA_CARET_LINES).anyMatch(line -> line.startsWith("^"))) {
            return Optional.of(SourceFormat.ANPA_1312);
        }
        return IPTC_7901_HEADER_LINE.matcher(header).matches() ? Optional.of(SourceFormat.IPTC_7901) : Optional.empty();
    }

    /** The one message of a transmission that lost its control characters: header line, text, timestamp line. */
    private static Message unframed(String transmission, Predicate<String> timestampLine) {
        List<String> lines = new ArrayList<>(CONTROLS.matcher(transmission).replaceAll("").lines().toList());
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        String header = lines.isEmpty() ? "" : lines.remove(0);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        String trailer = "";
        if (!lines.isEmpty() && timestampLine.test(oneLine(lines.get(lines.size() - 1)))) {
            trailer = lines.remove(lines.size() - 1);
        }
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return new Message(oneLine(header), text.toString(), oneLine(trailer), false);
    }

    private static String oneLine(String field) {
        return NOISE.matcher(field).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
