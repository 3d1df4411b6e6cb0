package io.wirefeed.service.deadletters;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wirefeed.schema.DeadLetter;

/**
 * A record of the dead-letter topic as it was read: where it is, its key and headers, and the {@link DeadLetter} it
 * holds, or, when its value could not be read as one, why not.
 *
 * @param timestamp   the record's time stamp
 * @param headers     the record's headers, in order (a name may repeat)
 * @param letter      the dead letter, or null when unreadable
 * @param unreadable  why the value is not a dead letter, or null
 */
public record StoredLetter(LetterId id, Instant timestamp, String key, List<Map.Entry<String, byte[]>> headers,
                           DeadLetter letter, String unreadable) {

    public StoredLetter {
        headers = List.copyOf(headers);
    }

    public static StoredLetter of(LetterId id, Instant timestamp, String key, List<Map.Entry<String, byte[]>> headers,
                                  DeadLetter letter) {
        return new StoredLetter(id, timestamp, key, headers, letter, null);
    }

    public boolean readable() {
        return letter != null;
    }

    /** The original bytes, whole as kept (empty when the letter is unreadable). */
    public byte[] original() {
        if (letter == null) {
            return new byte[0];
        }
        ByteBuffer buffer = letter.getOriginal().duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** When it failed: the letter's own time, else the record's. */
    public Instant failedAt() {
        return letter == null ? timestamp : letter.getFailedAt();
    }
}
