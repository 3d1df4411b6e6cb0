package io.wirefeed.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.wirefeed.schema.Dispatch;

/** The dispatch fixtures under {@code src/test/resources/dispatches}, written for these tests. */
public final class Fixtures {

    public static final Instant RECEIVED = Instant.parse("2026-07-07T12:00:00Z");

    private Fixtures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dispatches/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RawDocument document(String path) {
        return new RawDocument(bytes(path), null, "file:" + path, RECEIVED);
    }

    /** The dispatches of a document written in a test (as UTF-8), its format detected as ingest would. */
    public static List<Dispatch> parseText(String text) throws InvalidDispatchException {
        return new WireFormats().parse(new RawDocument(text.getBytes(StandardCharsets.UTF_8), null, "test", RECEIVED),
            null);
    }

    /** The fixture as text (its bytes are ASCII, UTF-8 or Windows-1252, as ingest would decode them). */
    public static String text(String path) {
        return TextDecoding.decode(bytes(path), null);
    }

    /** The fixture's dispatches, its format detected as ingest would. */
    public static List<Dispatch> parse(String path) throws InvalidDispatchException {
        return new WireFormats().parse(document(path), null);
    }
}
