package io.wirefeed.ingest.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.ingest.IngestMetrics;
import io.wirefeed.ingest.InputLimits;
import io.wirefeed.ingest.Intake;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.ingest.kafka.DeadLetters;
import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.schema.Dispatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A drop folder as agencies deliver by FTP or SFTP: files in {@code incoming/} are ingested once complete,
 * then moved to {@code done/}, or to {@code failed/} with a {@code .error} file beside them (their bytes also
 * go to the dead-letter topic). A file's dispatches and its ledger entry are committed in one transaction
 * before it is moved, so a crash at any point neither repeats nor skips a file: on restart, a file whose
 * entry is in the ledger is only moved. No file stops the folder: one that cannot be read or parsed (a parser's
 * own fault included) is set aside in failed/ and the next is ingested, as is one holding a dispatch whose version
 * is beyond the bound; symbolic links are never followed (moved to failed/ as links), and .error files are only
 * ever created new.
 */
public final class DropFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);
    private static final String INPUT = "folder";

    private final Path incoming;
    private final Path done;
    private final Path failed;
    private final Intake intake;
    private final PublicationLedger ledger;
    private final IngestMetrics metrics;
    private final Duration settle;
    private final int batchFiles;
    private final InputLimits limits;
    private final Clock clock;
    /** Size and time stamp of each file when last seen, to tell when an upload has finished. */
    private final Map<Path, String> lastSeen = new HashMap<>();

    /** How files are taken: the settle time, files per transaction, and what a file may hold. */
    public record Settings(Duration settle, int batchFiles, InputLimits limits) {
    }

    /** A folder whose files may hold up to {@code maxBytes}, and dispatches up to the default version bound. */
    public DropFolder(Path root, WireFormats formats, PublicationLedger ledger, IngestMetrics metrics,
                      Duration settle, int batchFiles, long maxBytes, Clock clock) throws IOException {
        this(root, formats, ledger, metrics, new Settings(settle, batchFiles,
            new InputLimits(maxBytes, InputLimits.DEFAULT_MAX_VERSION)), clock);
    }

    public DropFolder(Path root, WireFormats formats, PublicationLedger ledger, IngestMetrics metrics,
                      Settings settings, Clock clock) throws IOException {
        this.incoming = Files.createDirectories(root.resolve("incoming"));
        this.done = Files.createDirectories(root.resolve("done"));
        this.failed = Files.createDirectories(root.resolve("failed"));
        this.intake = new Intake(formats, settings.limits());
        this.ledger = ledger;
        this.metrics = metrics;
        this.settle = settings.settle();
        this.batchFiles = settings.batchFiles();
        this.limits = settings.limits();
        this.clock = clock;
    }

    /** One pass: ingests the complete files of incoming/ in batches; returns how many files it finished. */
    public int scan() throws IOException {
        List<Path> links = new ArrayList<>();
        List<Path> ready = completeFiles(links);
        int finished = 0;
        for (Path link : links) {
            finished += setAside(link, "A symbolic link: links are never followed (move the file itself into "
                + "incoming/)") ? 1 : 0;
        }
        for (int from = 0; from < ready.size(); from += batchFiles) {
            finished += ingest(ready.subList(from, Math.min(ready.size(), from + batchFiles)));
        }
        return finished;
    }

    private int ingest(List<Path> files) throws IOException {
        PublicationLedger.Batch batch = ledger.batch();
        Map<Path, String> failures = new HashMap<>();
        List<Path> moved = new ArrayList<>();
        int unreadable = 0;
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = read(file);
            } catch (IOException e) {
                // Vanished, unreadable, or swapped for a link since the scan: nothing of it is published.
                unreadable += setAside(file, "Unreadable: " + e.getClass().getSimpleName()) ? 1 : 0;
                continue;
            }
            boolean oversized = bytes == null;
            RawDocument document = new RawDocument(oversized ? new byte[0] : bytes, null,
                "folder:" + file.getFileName(), clock.instant());
            String key = "folder:" + file.getFileName() + ":" + (oversized ? "size-" + size(file) : document.sha256());
            if (ledger.contains(key)) {
                LOG.info("{} was published before a restart; moving it", file.getFileName());
                moved.add(file);
                continue;
            }
            try {
                if (oversized) {
                    throw new InvalidDispatchException("File of " + size(file) + " bytes is over the limit of "
                        + limits.maxBytes() + "; it is kept in failed/");
                }
                List<Dispatch> dispatches = intake.read(document);
                batch.dispatches(dispatches);
                batch.remember(key, "done");
                if (!dispatches.isEmpty()) {
                    metrics.received(INPUT, dispatches);
                }
            } catch (InvalidDispatchException e) {
                batch.deadLetter(DeadLetters.of(document, e, clock.instant())).remember(key, "failed");
                failures.put(file, e.getMessage());
            }
            moved.add(file);
        }
        batch.commit();
        for (Path file : moved) {
            String reason = failures.get(file);
            if (reason == null) {
                move(file, done);
            } else {
                writeError(move(file, failed), reason);
                metrics.deadLettered(INPUT);
                LOG.warn("Dead-lettered {}: {}", file.getFileName(), reason);
            }
            lastSeen.remove(file);
        }
        return moved.size() + unreadable;
    }

    /** The file's bytes, or null when it is over the limit; a link in its place is refused, never followed. */
    private byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            return bytes.length > limits.maxBytes() ? null : bytes;
        }
    }

    private static long size(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Moves what cannot be read (a link, an unreadable file) to failed/ with the reason, without a dead letter:
     * there are no bytes to keep. Returns false when even that failed (then it is tried again next pass).
     */
    private boolean setAside(Path file, String reason) {
        lastSeen.remove(file);
        try {
            writeError(move(file, failed), reason);
            metrics.deadLettered(INPUT);
            LOG.warn("Set aside {}: {}", file.getFileName(), reason);
            return true;
        } catch (IOException e) {
            LOG.warn("Could not set aside {} ({}): {}", file.getFileName(), reason, e.toString());
            return false;
        }
    }

    /** Files whose size and time stamp held still for the settle time, oldest first; links are listed apart. */
    private List<Path> completeFiles(List<Path> links) throws IOException {
        List<Path> complete = new ArrayList<>();
        Map<Path, String> seen = new HashMap<>();
        long now = clock.millis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(incoming, DropFolder::isCandidate)) {
            for (Path file : files) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException gone) {
                    continue;
                }
                if (attributes.isSymbolicLink()) {
                    links.add(file);
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                String signature = attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
                seen.put(file, signature);
                boolean stable = signature.equals(lastSeen.get(file))
                    && now - attributes.lastModifiedTime().toMillis() >= settle.toMillis();
                if (stable || settle.isZero()) {
                    complete.add(file);
                }
            }
        }
        lastSeen.clear();
        lastSeen.putAll(seen);
        complete.sort(Comparator.comparing((Path file) -> lastModified(file)).thenComparing(Path::getFileName));
        return complete;
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".part");
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Moves a file (or a link, as a link) into a folder, never over an earlier file of the same name nor beside
     * an .error file already there.
     */
    private static Path move(Path file, Path folder) throws IOException {
        Path target = folder.resolve(file.getFileName());
        for (int n = 1; Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(errorFile(target), LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(file.getFileName() + "." + n);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path errorFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".error");
    }

    /** The reason beside a failed file, written as a new file: never through a link planted in failed/. */
    private static void writeError(Path target, String reason) throws IOException {
        Files.writeString(errorFile(target), reason + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }
}
