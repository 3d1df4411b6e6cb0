package io.wirefeed.ingest.format;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.OriginalRef;

/**
 * The bytes of one delivery exactly as received, with what the channel said about them.
 *
 * @param source      where it came from, as {@link OriginalRef#getSource()} records it ('http', 'folder:name'...)
 * @param contentType the declared media type with its parameters, or null
 */
public record RawDocument(byte[] bytes, String contentType, String source, Instant receivedAt) {

    /** The charset named by the content type's {@code charset} parameter, if any and if known. */
    public Optional<Charset> declaredCharset() {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().toLowerCase(Locale.ROOT).equals("charset")) {
                try {
                    return Optional.of(Charset.forName(pair[1].trim().replace("\"", "")));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The media type without parameters, lower-cased, or "" when none was declared. */
    public String mediaType() {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * A builder for the {@code index}-th dispatch of this document, with what the document itself knows
     * filled in: when it was received and where its original bytes came from.
     */
    public Dispatch.Builder newDispatch(int index, String sha256) {
        return Dispatch.newBuilder()
            .setReceivedAt(receivedAt)
            .setOriginal(OriginalRef.newBuilder()
                .setSource(source)
                .setSha256(sha256)
                .setSize(bytes.length)
                .setContentType(contentType)
                .setIndex(index)
                .build());
    }
}
