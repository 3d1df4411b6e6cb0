package io.wirefeed.launcher.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One local stack per data directory: a second one would find Kafka's log directory locked half-way through
 * starting. The operating system releases the lock when the process ends, however it ends.
 */
public final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("wirefeed-local.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.READ);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
            channel.close();
            throw new DataDirectoryInUseException("The data directory " + dataDir.toAbsolutePath() + " is in use by another "
                + "'wirefeed local' (process " + holder + "); stop it or choose another --data-dir");
        }
        channel.truncate(0);
        channel.write(StandardCharsets.UTF_8.encode(Long.toString(ProcessHandle.current().pid())));
        return new DataDirectoryLock(channel, lock);
    }

    /** Another local stack holds the data directory. */
    public static final class DataDirectoryInUseException extends IOException {
        private static final long serialVersionUID = 1L;

        DataDirectoryInUseException(String message) {
            super(message);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
