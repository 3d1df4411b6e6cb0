package io.wirefeed.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;

/**
 * The transmission framing that IPTC 7901 and ANPA-1312 share: messages that open with SOH, carry a header
 * up to STX, text up to ETX, and a trailer (the timestamp) up to EOT or the next message; or the same messages
 * without their control characters ({@link UnframedText}), each with a {@link ParseWarning#FRAMING_MISSING} warning. A
 * message cut off before its ETX is read as far as it came, with a {@link ParseWarning#TEXT_TRUNCATED} warning.
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
     * trailer, nothing in the text. {@code cutShort}: the transmission stopped before the text's ETX, so the text may
     * be incomplete.
     */
    public record Message(String header, String text, String trailer, boolean framed, boolean cutShort) {

        public Message(String header, String text, String trailer, boolean framed) {
            this(header, text, trailer, framed, false);
        }
    }

    /** Control characters that are noise here: all but tab, line ends and the framing SOH, STX, ETX and EOT. */
    private static final Pattern NOISE = Pattern.compile("[\\x00\\x05-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+");

    /** Reads one framed message into a dispatch builder's fields. */
    @FunctionalInterface
    public interface MessageReader {
        Dispatch read(Dispatch.Builder dispatch, Message message) throws InvalidDispatchException;
    }

    /** Whether a message's last line, which lost its framing, is its timestamp (given the message's header line). */
    @FunctionalInterface
    public interface TimestampLine {
        boolean test(String header, String line);
    }

    private ControlFramedText() {
    }

    /**
     * The dispatches of a framed transmission, one per message, each failure naming its message; or of one in this
     * format that lost its control characters, a message from each header line to the next ({@link UnframedText}).
     */
    public static List<Dispatch> parse(RawDocument document, SourceFormat format, String formatName,
            TimestampLine timestampLine, MessageReader reader) throws InvalidDispatchException {
        String transmission = TextDecoding.decode(document.bytes(), document.declaredCharset().orElse(null));
        List<Message> messages = transmission.indexOf(SOH) < 0 && UnframedText.format(transmission).equals(Optional.of(format))
            ? UnframedText.messages(transmission, format, timestampLine) : split(transmission, formatName);
        String sha256 = document.sha256();
        List<Dispatch> dispatches = new ArrayList<>(messages.size());
        for (Message message : messages) {
            Dispatch.Builder dispatch = document.newDispatch(dispatches.size(), sha256);
            if (!message.framed()) {
                ParseWarning.FRAMING_MISSING.record(dispatch, "no control characters; header '" + message.header()
                    + "'");
            }
            if (message.cutShort()) {
                ParseWarning.TEXT_TRUNCATED.record(dispatch, "no ETX (end of text): the text may be cut short");
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
            int end = next >= 0 ? next : transmission.length();
            int etx = before(transmission, ETX, stx, end);
            boolean cutShort = etx == end;
            int textEnd = cutShort ? before(transmission, EOT, stx, end) : etx;
            // A message cut off before ETX has no trailer: the line dropped after its text, or within it.
            String trailer = cutShort ? "" : transmission.substring(etx + 1, before(transmission, EOT, etx, end));
            messages.add(new Message(oneLine(transmission.substring(at + 1, stx)),
                TextDecoding.lineFeeds(NOISE.matcher(transmission.substring(stx + 1, textEnd)).replaceAll("")),
                oneLine(trailer), true, cutShort));
            at = next;
        }
        return messages;
    }

    /**
     * Where {@code c} first stands after {@code from} and before {@code end}; else {@code end}. Searched within the
     * message only: a search to the transmission's end for each message made one without ETXs quadratic.
     */
    private static int before(String transmission, char c, int from, int end) {
        for (int at = from; at < end; at++) {
            if (transmission.charAt(at) == c) {
                return at;
            }
        }
        return end;
    }

    static String oneLine(String field) {
        return NOISE.matcher(field).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /**
     * A continuing take's number on a line of its own ({@code -2-}, {@code 2nd Take}), which agencies put above the
     * text of every take after the first: no headline and no text of the story.
     */
    public static boolean isTakeMarker(String line) {
        return TAKE_MARKER.matcher(line.strip()).matches();
    }

    private static final Pattern TAKE_MARKER = Pattern.compile(
        "(?i)-\\s*\\d{1,2}\\s*-<?|\\d{1,2}(?:st|nd|rd|th) take<?");
}
