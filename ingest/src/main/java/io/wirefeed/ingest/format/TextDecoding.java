package io.wirefeed.ingest.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text format into characters. A declared charset is used as declared (ISO-8859-1 read
 * as its superset Windows-1252, as browsers do, since agencies' "Latin-1" often holds curly quotes); without
 * one, valid UTF-8 is UTF-8 and anything else is taken as Windows-1252, the encoding of most legacy wire copy.
 */
public final class TextDecoding {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    public static String decode(byte[] bytes, Charset declared) {
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

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
