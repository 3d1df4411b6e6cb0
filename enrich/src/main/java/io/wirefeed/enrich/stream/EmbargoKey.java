package io.wirefeed.enrich.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.kafka.common.utils.Bytes;

/**
 * The key of a held dispatch in the embargo store: the embargo's end, then the receipt time, each in epoch
 * milliseconds as a big-endian long with its sign bit flipped, then the dispatch id in UTF-8. Compared byte by byte,
 * unsigned (as RocksDB and {@link Bytes} compare), keys sort by the embargo's end, then the receipt time, then the
 * id, for instants before 1970 and far in the future alike; and they are the same bytes on every pod, whatever its
 * locale.
 */
final class EmbargoKey {

    private static final int TIMES = 2 * Long.BYTES;

    private EmbargoKey() {
    }

    /** Where {@code dispatch}'s held version is kept, due at {@code until}. */
    static Bytes of(Instant until, Instant receivedAt, String id) {
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(TIMES + utf8.length)
            .putLong(sortable(until.toEpochMilli()))
            .putLong(sortable(receivedAt.toEpochMilli()))
            .put(utf8)
            .array());
    }

    /**
     * The last key of a range (both ends included) that holds the dispatches due at {@code millis} or before; null
     * (no bound) when every key is due. A key of the next millisecond is longer than this bound and begins with it,
     * so sorts after it.
     */
    static Bytes dueBy(long millis) {
        if (millis == Long.MAX_VALUE) {
            return null;
        }
        return Bytes.wrap(ByteBuffer.allocate(Long.BYTES).putLong(sortable(millis + 1)).array());
    }

    /** The embargo's end a key was made with, in epoch milliseconds. */
    static long until(Bytes key) {
        return sortable(ByteBuffer.wrap(key.get()).getLong(0));
    }

    /** Flipping the sign bit makes the unsigned order of the bytes the signed order of the longs (and undoes itself). */
    private static long sortable(long millis) {
        return millis ^ Long.MIN_VALUE;
    }
}
