package io.wirefeed.enrich.dedupe;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes dedupe state is kept as in Kafka Streams stores and their changelogs, and the dedupe step's messages
 * travel as on its internal topics: compact and versioned.
 */
public final class SeenCodec {

    /** 2: band keys hold ids only (1 held whole texts); the texts are kept once, by id. */
    private static final byte FORMAT = 2;

    private SeenCodec() {
    }

    public static byte[] version(DedupeStore.SeenVersion seen) {
        return write(out -> {
            out.writeInt(seen.version());
            out.writeUTF(seen.story());
            out.writeLong(seen.at().toEpochMilli());
        });
    }

    public static DedupeStore.SeenVersion version(byte[] bytes) {
        return read(bytes, in -> new DedupeStore.SeenVersion(in.readInt(), in.readUTF(), Instant.ofEpochMilli(in.readLong())));
    }

    /** Writes a text's fingerprint into a value (the dedupe step's arrivals carry one). */
    public static void writeFingerprint(DataOutputStream out, TextFingerprint text) throws IOException {
        out.writeUTF(text.exactHash());
        out.writeInt(text.shingles());
        for (long hash : text.signature()) {
            out.writeLong(hash);
        }
    }

    /** Reads a fingerprint {@link #writeFingerprint} wrote. */
    public static TextFingerprint readFingerprint(DataInputStream in) throws IOException {
        String exactHash = in.readUTF();
        int shingles = in.readInt();
        long[] signature = new long[TextFingerprint.HASHES];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = in.readLong();
        }
        return new TextFingerprint(exactHash, signature, shingles);
    }

    public static byte[] texts(List<DedupeStore.SeenText> seen) {
        return write(out -> {
            out.writeInt(seen.size());
            for (DedupeStore.SeenText text : seen) {
                out.writeUTF(text.id());
                out.writeInt(text.version());
                out.writeUTF(text.story());
                out.writeLong(text.at().toEpochMilli());
                out.writeInt(text.shingles());
                out.writeInt(text.signature().length);
                for (long value : text.signature()) {
                    out.writeLong(value);
                }
            }
        });
    }

    public static List<DedupeStore.SeenText> texts(byte[] bytes) {
        return read(bytes, in -> {
            int count = in.readInt();
            List<DedupeStore.SeenText> texts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String id = in.readUTF();
                int version = in.readInt();
                String story = in.readUTF();
                Instant at = Instant.ofEpochMilli(in.readLong());
                int shingles = in.readInt();
                long[] signature = new long[in.readInt()];
                for (int j = 0; j < signature.length; j++) {
                    signature[j] = in.readLong();
                }
                texts.add(new DedupeStore.SeenText(id, version, story, signature, shingles, at));
            }
            return texts;
        });
    }

    public static byte[] members(List<DedupeStore.BandMember> members) {
        return write(out -> {
            out.writeInt(members.size());
            for (DedupeStore.BandMember member : members) {
                out.writeUTF(member.id());
                out.writeLong(member.at().toEpochMilli());
            }
        });
    }

    public static List<DedupeStore.BandMember> members(byte[] bytes) {
        return read(bytes, in -> {
            int count = in.readInt();
            List<DedupeStore.BandMember> members = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                members.add(new DedupeStore.BandMember(in.readUTF(), Instant.ofEpochMilli(in.readLong())));
            }
            return members;
        });
    }

    /** Writes a value's fields. */
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a value's fields. */
    public interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    /** The bytes {@code writer} writes, after the format's version. */
    public static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What {@code reader} reads of bytes {@link #write} wrote. */
    public static <T> T read(byte[] bytes, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new UnlockedInput(bytes))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalStateException("Dedupe state in format " + format + ", this version reads " + FORMAT);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A byte array to read, without the lock ByteArrayInputStream takes on every read: a value is decoded on one
     * thread, field by field, and those locks were most of the decoding time of the dedupe stage.
     */
    private static final class UnlockedInput extends InputStream {

        private final byte[] bytes;
        private int position;

        UnlockedInput(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(length, bytes.length - position);
            System.arraycopy(bytes, position, into, offset, count);
            position += count;
            return count;
        }
    }
}
