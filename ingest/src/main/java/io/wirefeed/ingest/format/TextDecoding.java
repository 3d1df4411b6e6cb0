package io.wirefeed.ingest.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text format into characters. UTF-32 and UTF-16 with a byte order mark, and UTF-16 without
 * one whose bytes clearly are (Windows' "Unicode" text), are read as such whatever was declared. Else a declared
 * charset is used as declared (ISO-8859-1 read as its superset Windows-1252, as browsers do, since agencies'
 * "Latin-1" often holds curly quotes); without one, valid UTF-8 is UTF-8 and anything else is taken as
 * Windows-1252, the encoding of most legacy wire copy.
 */
public final class TextDecoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of a document tells UTF-16 without a byte order mark, and the fewest characters it takes. */
    private static final int UTF16_SNIFF_BYTES = 512;
    private static final int UTF16_MIN_PAIRS = 8;

    private TextDecoding() {
    }

    public static String decode(byte[] bytes, Charset declared) {
        Optional<Wide> wide = wideUnicode(bytes);
        if (wide.isPresent()) {
            int bom = wide.get().bomLength();
            return new String(bytes, bom, bytes.length - bom, wide.get().charset());
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        if (declared != null) {
            Charset charset = declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared;
            return new String(bytes, start, bytes.length - start, charset);
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return chars.toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    /**
     * The text with every line end a line feed: CR LF, a lone CR, and the CR CR LF of teleprinter copy (a CR more to
     * let the carriage return), which is one line end, not a blank line between two.
     */
    public static String lineFeeds(String text) {
        return LINE_END.matcher(text).replaceAll("\n");
    }

    private static final Pattern LINE_END = Pattern.compile("\\r+\\n|\\r");

    /** Whether the bytes are valid UTF-8 (a BOM allowed). */
    public static boolean isUtf8(byte[] bytes) {
        try {
            int start = hasUtf8Bom(bytes) ? 3 : 0;
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A Unicode encoding wider than UTF-8, and the length of the byte order mark that named it (0 if none). */
    public record Wide(Charset charset, int bomLength) {
    }

    /**
     * The UTF-32 or UTF-16 encoding the bytes are in: by their byte order mark, or, without one, UTF-16 when
     * nearly every pair of the first bytes is a zero and a non-zero byte, always in the same order (text whose
     * characters are mostly ASCII). NUL padding in single-byte text is runs of zeros, not that.
     */
    public static Optional<Wide> wideUnicode(byte[] bytes) {
        int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        boolean twoZeros = bytes.length > 3 && bytes[2] == 0 && bytes[3] == 0;
        if (b0 == 0 && b1 == 0 && bytes.length > 3 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF) {
            return Optional.of(new Wide(Charset.forName("UTF-32BE"), 4));
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return Optional.of(twoZeros ? new Wide(Charset.forName("UTF-32LE"), 4)
                : new Wide(StandardCharsets.UTF_16LE, 2));
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return Optional.of(new Wide(StandardCharsets.UTF_16BE, 2));
        }
        return utf16WithoutBom(bytes);
    }

    private static Optional<Wide> utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, UTF16_SNIFF_BYTES) / 2;
        int littleEndian = 0;
        int bigEndian = 0;
        for (int i = 0; i < pairs; i++) {
            boolean evenZero = bytes[2 * i] == 0;
            boolean oddZero = bytes[2 * i + 1] == 0;
            littleEndian += !evenZero && oddZero ? 1 : 0;
            bigEndian += evenZero && !oddZero ? 1 : 0;
        }
        if (pairs < UTF16_MIN_PAIRS) {
            return Optional.empty();
        }
        if (littleEndian * 10 >= pairs * 9) {
            return Optional.of(new Wide(StandardCharsets.UTF_16LE, 0));
        }
        return bigEndian * 10 >= pairs * 9 ? Optional.of(new Wide(StandardCharsets.UTF_16BE, 0)) : Optional.empty();
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
