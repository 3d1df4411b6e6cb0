package io.wirefeed.ingest.kafka;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Stage;

/**
 * The dead letter of a document ingest could not read: the reason, and the original bytes whole, or, when they
 * would not fit in a Kafka record, their first bytes and the SHA-256 digest of the whole.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static DeadLetter of(RawDocument document, InvalidDispatchException failure, Instant failedAt) {
        return DeadLetter.newBuilder()
            .setStage(Stage.INGEST)
            .setReason(failure.getMessage())
            .setErrorType(failure.getCause() == null ? failure.getClass().getName()
                : failure.getCause().getClass().getName())
            .setOriginal(ByteBuffer.wrap(document.bytes()))
            .setSource(document.source())
            .setContentType(document.contentType())
            .setFailedAt(failedAt)
            .build();
    }

    /** The dead letter with its original cut to its first {@code keep} bytes; the reason says so and gives the digest. */
    public static DeadLetter cut(DeadLetter deadLetter, int keep) {
        ByteBuffer original = deadLetter.getOriginal().duplicate();
        int size = original.remaining();
        if (size <= keep) {
            return deadLetter;
        }
        byte[] whole = new byte[size];
        original.get(whole);
        byte[] first = new byte[Math.max(0, keep)];
        System.arraycopy(whole, 0, first, 0, first.length);
        return DeadLetter.newBuilder(deadLetter)
            .setReason(deadLetter.getReason() + " [original of " + size + " bytes cut to its first " + first.length
                + " to fit a Kafka record; SHA-256 of the whole: " + sha256(whole) + "]")
            .setOriginal(ByteBuffer.wrap(first))
            .build();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
