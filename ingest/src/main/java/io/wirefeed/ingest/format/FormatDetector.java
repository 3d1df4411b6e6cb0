package io.wirefeed.ingest.format;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.schema.SourceFormat;

/**
 * Tells a document's wire format from its declared media type when that is specific, else from its content:
 * the control characters that frame ANPA-1312 and IPTC 7901, the root element of XML, a JSON object, or a
 * dateline in plain text.
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
        "application/atom+xml", SourceFormat.ATOM);
    private static final Map<String, SourceFormat> XML_ROOTS = Map.of(
        "newsItem", SourceFormat.NEWSML_G2,
        "newsMessage", SourceFormat.NEWSML_G2,
        "rss", SourceFormat.RSS,
        "RDF", SourceFormat.RSS,
        "feed", SourceFormat.ATOM);
    /** The first element of an XML document, past its declaration, comments and DOCTYPE. */
    private static final Pattern ROOT = Pattern.compile("<(?![?!])(?:[\\w.-]+:)?([\\w.-]+)");
    private static final int SNIFF_BYTES = 4096;

    private FormatDetector() {
    }

    public static SourceFormat detect(RawDocument document) throws InvalidDispatchException {
        SourceFormat declared = MEDIA_TYPES.get(document.mediaType());
        if (declared != null) {
            return declared;
        }
        byte[] bytes = document.bytes();
        int start = firstSignificant(bytes);
        if (start < 0) {
            throw new InvalidDispatchException("Empty document");
        }
        if (bytes[start] == SYN) {
            return SourceFormat.ANPA_1312;
        }
        if (bytes[start] == SOH) {
            return SourceFormat.IPTC_7901;
        }
        String head = new String(bytes, start, Math.min(SNIFF_BYTES, bytes.length - start), StandardCharsets.ISO_8859_1);
        return switch (head.charAt(0)) {
            case '<' -> xmlFormat(head);
            case '{', '[' -> SourceFormat.NINJS;
            default -> textFormat(document);
        };
    }

    private static SourceFormat xmlFormat(String head) throws InvalidDispatchException {
        Matcher root = ROOT.matcher(head.replaceAll("(?s)<!--.*?-->", ""));
        if (!root.find()) {
            throw new InvalidDispatchException("XML without a root element in its first " + SNIFF_BYTES + " bytes");
        }
        SourceFormat format = XML_ROOTS.get(root.group(1));
        if (format == null) {
            throw new InvalidDispatchException("Unknown XML format: root element <" + root.group(1)
                + ">, expected newsItem or newsMessage (NewsML-G2), rss or feed (Atom)");
        }
        return format;
    }

    private static SourceFormat textFormat(RawDocument document) throws InvalidDispatchException {
        String text = TextDecoding.decode(document.bytes(), document.declaredCharset().orElse(null));
        String[] lines = text.split("\\R", 40);
        for (int i = 0; i < Math.min(lines.length, 39); i++) {
            if (Datelines.find(lines[i].trim(), document.receivedAt()).isPresent()) {
                return SourceFormat.DATELINE_TEXT;
            }
        }
        throw new InvalidDispatchException("Unknown format: not NewsML-G2, ninjs, IPTC 7901, ANPA-1312, RSS, Atom "
            + "or text with a dateline (such as 'TASHKENT, July 7 -- ...')");
    }

    /** Index of the first byte that is not white space or a UTF-8 byte order mark; -1 if none. */
    private static int firstSignificant(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length ? i : -1;
    }
}
