package io.wirefeed.service.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import io.wirefeed.ingest.format.RawDocument;

/**
 * A dead letter's original as a person reads it: the text, when the bytes decode in the declared charset (else
 * UTF-8) and hold hardly any control characters other than line ends, tabs and the wire formats' framing
 * (SOH, STX, ETX, EOT, SYN, shown as {@code <SOH>}...); otherwise a summary: size, SHA-256, a hex dump of the
 * first bytes, and the whole as base64 when asked for.
 */
public final class OriginalBytes {

    /** Bytes shown in the hex dump of a binary original. */
    static final int DUMPED = 256;
    private static final String[] FRAMING = {"NUL", "SOH", "STX", "ETX", "EOT"};
    private static final char SYN = 0x16;
    /** Control characters tolerated in text, per thousand characters. */
    private static final int CONTROLS_PER_THOUSAND = 5;

    private final RawDocument document;

    public OriginalBytes(byte[] bytes, String contentType) {
        this.document = new RawDocument(bytes, contentType, "", Instant.EPOCH);
    }

    /** The bytes as text, framing characters written out, or empty when they are not text. */
    public Optional<String> text() {
        byte[] bytes = document.bytes();
        Charset charset = document.declaredCharset().orElse(StandardCharsets.UTF_8);
        String decoded;
        try {
            decoded = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(decoded.length());
        int controls = 0;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || !Character.isISOControl(c)) {
                text.append(c);
            } else if (c > 0 && c < FRAMING.length || c == SYN) {
                text.append('<').append(c == SYN ? "SYN" : FRAMING[c]).append('>');
            } else {
                controls++;
                text.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
            }
        }
        boolean mostlyText = controls * 1000L <= (long) CONTROLS_PER_THOUSAND * Math.max(1, decoded.length());
        return mostlyText ? Optional.of(text.toString()) : Optional.empty();
    }

    /** Size, SHA-256 and a hex dump of the first bytes, each line 16 bytes with their printable characters. */
    public String summary() {
        byte[] bytes = document.bytes();
        StringBuilder dump = new StringBuilder();
        dump.append(String.format(Locale.ROOT, "%,d bytes, SHA-256 %s; the first %d:%n", bytes.length, document.sha256(),
            Math.min(DUMPED, bytes.length)));
        HexFormat hex = HexFormat.ofDelimiter(" ");
        for (int line = 0; line < Math.min(DUMPED, bytes.length); line += 16) {
            int end = Math.min(Math.min(DUMPED, bytes.length), line + 16);
            StringBuilder printable = new StringBuilder();
            for (int i = line; i < end; i++) {
                printable.append(bytes[i] >= 0x20 && bytes[i] < 0x7F ? (char) bytes[i] : '.');
            }
            dump.append(String.format(Locale.ROOT, "  %08x  %-47s  %s%n", line, hex.formatHex(bytes, line, end),
                printable));
        }
        return dump.toString();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(document.bytes());
    }
}
