package io.wirefeed.ingest.format;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.SourceFormat;

/**
 * Tells a document's wire format from its declared media type when that is specific, else from its content:
 * the control characters that frame ANPA-1312 and IPTC 7901 (and the header after them, for ANPA sent without
 * its SYN padding), the root element of XML, a JSON object, the header line of ANPA-1312 or IPTC 7901 that lost
 * its control characters, a dateline in plain text (behind markers such as {@code UPDATE 2-}), or, failing all
 * these, readable words: text copy without a dateline.
 */
public final class FormatDetector {

    private static final byte SOH = 0x01;
    private static final byte SYN = 0x16;
    private static final Map<String, SourceFormat> MEDIA_TYPES = Map.of(
        "application/vnd.iptc.g2.newsitem+xml", SourceFormat.NEWSML_G2,
        "application/vnd.iptc.g2.newsmessage+xml", SourceFormat.NEWSML_G2,
        "application/ninjs+json", SourceFormat.NINJS,
        "application/vnd.iptc.ninjs+json", SourceFormat.NINJS,
        "application/rss+xml", SourceFormat.RSS,
        "application/atom+xml", SourceFormat.ATOM,
        "text/vnd.iptc.nitf", SourceFormat.NITF,
        "application/vnd.iptc.nitf+xml", SourceFormat.NITF);
    private static final Map<String, SourceFormat> XML_ROOTS = Map.of(
        "newsItem", SourceFormat.NEWSML_G2,
        "newsMessage", SourceFormat.NEWSML_G2,
        "rss", SourceFormat.RSS,
        "RDF", SourceFormat.RSS,
        "feed", SourceFormat.ATOM,
        "entry", SourceFormat.ATOM,
        "NewsML", SourceFormat.NEWSML_1,
        "nitf", SourceFormat.NITF);
    /** The first element of an XML document, past its declaration, comments and DOCTYPE. */
    private static final Pattern ROOT = Pattern.compile("<(?![?!])(?:[\\w.-]+:)?([\\w.-]+)");
    private static final int SNIFF_BYTES = 4096;
    /**
     * An ANPA-1312 header after SOH ({@code a0734 r i BC-...}, with a selector {@code w0198 AP-LT u i ...}), which
     * IPTC 7901's ({@code dpa0042 4 pol}) is not.
     */
    private static final Pattern ANPA_HEADER = Pattern.compile(
        "^[a-z]{1,4} ?\\d{2,6}\\s+(?:[a-z]{2,6}(?:-[a-z]{1,6})?\\s+)?[a-z]\\s+[a-z]\\s", Pattern.CASE_INSENSITIVE);
    /** An IPTC 7901 header after SOH: {@code dpa0042 4 pol}. */
    private static final Pattern IPTC_HEADER = Pattern.compile("^[a-z]+\\d+\\s+[1-9]\\s+[a-z]{1,4}\\b",
        Pattern.CASE_INSENSITIVE);
    /** Control characters that are line noise: all but tab, line ends and the framing ones (SOH to EOT, SYN). */
    private static final Pattern NOISE = Pattern.compile("[\\x00\\x05-\\x08\\x0B\\x0C\\x0E-\\x15\\x17-\\x1F\\x7F]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private FormatDetector() {
    }

    public static SourceFormat detect(RawDocument document) throws InvalidDispatchException {
        SourceFormat declared = MEDIA_TYPES.get(document.mediaType());
        if (declared != null) {
            return declared;
        }
        // UTF-16 and UTF-32 are sniffed as the UTF-8 they hold: their signatures are ASCII characters.
        byte[] bytes = TextDecoding.wideUnicode(document.bytes()).isPresent()
            ? TextDecoding.decode(document.bytes(), null).getBytes(StandardCharsets.UTF_8) : document.bytes();
        int start = firstSignificant(bytes);
        if (start < 0) {
            throw new InvalidDispatchException("Empty document");
        }
        String head = new String(bytes, start, Math.min(SNIFF_BYTES, bytes.length - start), StandardCharsets.ISO_8859_1);
        int soh = head.indexOf((char) SOH);
        if ((bytes[start] == SYN || bytes[start] == SOH) && soh >= 0) {
            return framedFormat(head.substring(soh + 1), bytes[start] == SYN);
        }
        head = head.replaceFirst("^[\\x00-\\x20\\x7F]+", "");
        if (head.isEmpty()) {
            throw new InvalidDispatchException("Empty document");
        }
        return switch (head.charAt(0)) {
            case '<' -> xmlFormat(head);
            case '{', '[' -> SourceFormat.NINJS;
            default -> textFormat(document);
        };
    }

    /**
     * ANPA-1312 or IPTC 7901, from the header after SOH; a header that is neither is taken as ANPA when SYN
     * padding came first (US agencies' habit), else as IPTC 7901.
     */
    private static SourceFormat framedFormat(String afterSoh, boolean synFirst) {
        String header = NOISE.matcher(afterSoh).replaceAll(" ").replace((char) SYN, ' ').strip();
        if (ANPA_HEADER.matcher(header).find()) {
            return SourceFormat.ANPA_1312;
        }
        if (IPTC_HEADER.matcher(header).find()) {
            return SourceFormat.IPTC_7901;
        }
        return synFirst ? SourceFormat.ANPA_1312 : SourceFormat.IPTC_7901;
    }

    private static SourceFormat xmlFormat(String head) throws InvalidDispatchException {
        Matcher root = ROOT.matcher(head.replaceAll("(?s)<!--.*?-->", ""));
        if (!root.find()) {
            throw new InvalidDispatchException("XML without a root element in its first " + SNIFF_BYTES + " bytes");
        }
        SourceFormat format = XML_ROOTS.get(root.group(1));
        if (format == null) {
            throw new InvalidDispatchException("Unknown XML format: root element <" + root.group(1)
                + ">, expected newsItem or newsMessage (NewsML-G2), NewsML (NewsML 1.x), nitf (NITF), rss, feed or entry (Atom)");
        }
        return format;
    }

    private static SourceFormat textFormat(RawDocument document) throws InvalidDispatchException {
        String text = TextDecoding.decode(document.bytes(), document.declaredCharset().orElse(null));
        Optional<SourceFormat> unframed = UnframedText.format(text);
        if (unframed.isPresent()) {
            return unframed.get();
        }
        String[] lines = text.split("\\R", 40);
        for (int i = 0; i < Math.min(lines.length, 39); i++) {
            // With the next line too: a narrow wrap can break a dateline before its dash.
            String line = i + 1 < lines.length ? lines[i] + " " + lines[i + 1] : lines[i];
            line = line.replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F\\s]+", " ").trim();
            if (Datelines.find(line, document.receivedAt()).isPresent()
                    || Datelines.find(HeadlineSignals.parse(line).headline(), document.receivedAt()).isPresent()) {
                return SourceFormat.DATELINE_TEXT;
            }
        }
        if (isReadable(text)) {
            return SourceFormat.DATELINE_TEXT;
        }
        throw new InvalidDispatchException("Unknown format: not NewsML-G2, ninjs, IPTC 7901, ANPA-1312, RSS, Atom "
            + "or text with a dateline (such as 'TASHKENT, July 7 -- ...')");
    }

    /**
     * Whether text is words a person can read: at least two, letters at least half of what is not white space,
     * and line noise at most one character in twenty. Random bytes fail it (one in eight is a control character).
     */
    private static boolean isReadable(String text) {
        String sample = text.length() > SNIFF_BYTES ? text.substring(0, SNIFF_BYTES) : text;
        long letters = sample.chars().filter(Character::isLetter).count();
        long visible = sample.chars().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)).count();
        long noise = sample.chars().filter(c -> c == 0xFFFD || c < 0x20 && c != '\t' && c != '\n' && c != '\r'
            || c == 0x7F).count();
        return WORD.matcher(sample).results().limit(2).count() == 2 && letters * 2 >= visible
            && noise * 20 <= sample.length();
    }

    /**
     * Index of the first byte that is not white space, line noise (control characters that frame nothing) or a
     * UTF-8 byte order mark; -1 if none.
     */
    private static int firstSignificant(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && bytes[i] != SOH && bytes[i] != SYN && (bytes[i] >= 0 && bytes[i] <= ' '
                || bytes[i] == 0x7F)) {
            i++;
        }
        return i < bytes.length ? i : -1;
    }
}
