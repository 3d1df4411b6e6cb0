package io.wirefeed.ingest.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.ingest.IngestMetrics;
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
 * entry is in the ledger is only moved.
 */
public final class DropFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolder.class);
    private static final String INPUT = "folder";

    private final Path incoming;
    private final Path done;
    private final Path failed;
    private final WireFormats formats;
    private final PublicationLedger ledger;
    private final IngestMetrics metrics;
    private final Duration settle;
    private final int batchFiles;
    private final long maxBytes;
    private final Clock clock;
    /** Size and time stamp of each file when last seen, to tell when an upload has finished. */
    private final Map<Path, String> lastSeen = new HashMap<>();

    public DropFolder(Path root, WireFormats formats, PublicationLedger ledger, IngestMetrics metrics,
                      Duration settle, int batchFiles, long maxBytes, Clock clock) throws IOException {
        this.incoming = Files.createDirectories(root.resolve("incoming"));
        this.done = Files.createDirectories(root.resolve("done"));
        this.failed = Files.createDirectories(root.resolve("failed"));
        this.formats = formats;
        this.ledger = ledger;
        this.metrics = metrics;
        this.settle = settle;
        this.batchFiles = batchFiles;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** One pass: ingests the complete files of incoming/ in batches; returns how many files it finished. */
    public int scan() throws IOException {
        List<Path> ready = completeFiles();
        int finished = 0;
        for (int from = 0; from < ready.size(); from += batchFiles) {
            finished += ingest(ready.subList(from, Math.min(ready.size(), from + batchFiles)));
        }
        return finished;
    }

    private int ingest(List<Path> files) throws IOException {
        PublicationLedger.Batch batch = ledger.batch();
        Map<Path, String> failures = new HashMap<>();
        List<Path> moved = new ArrayList<>();
        for (Path file : files) {
            long size = Files.size(file);
            // An oversized file stays whole in failed/; its dead letter carries the reason, not the bytes.
            byte[] bytes = size > maxBytes ? new byte[0] : Files.readAllBytes(file);
            RawDocument document = new RawDocument(bytes, null, "folder:" + file.getFileName(), clock.instant());
            String key = "folder:" + file.getFileName() + ":" + (size > maxBytes ? "size-" + size : document.sha256());
            if (ledger.contains(key)) {
                LOG.info("{} was published before a restart; moving it", file.getFileName());
                moved.add(file);
                continue;
            }
            try {
                if (size > maxBytes) {
                    throw new InvalidDispatchException("File of " + size + " bytes is over the limit of "
                        + maxBytes + "; it is kept in failed/");
                }
                List<Dispatch> dispatches = formats.parse(document, null);
                dispatches.forEach(batch::dispatch);
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
                Path target = move(file, failed);
                Files.writeString(target.resolveSibling(target.getFileName() + ".error"), reason + "\n",
                    StandardCharsets.UTF_8);
                metrics.deadLettered(INPUT);
                LOG.warn("Dead-lettered {}: {}", file.getFileName(), reason);
            }
            lastSeen.remove(file);
        }
        return moved.size();
    }

    /** Files whose size and time stamp held still for the settle time, oldest first. */
    private List<Path> completeFiles() throws IOException {
        List<Path> complete = new ArrayList<>();
        Map<Path, String> seen = new HashMap<>();
        long now = clock.millis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(incoming, DropFolder::isCandidate)) {
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
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

    /** Moves a file into a folder, never over an earlier file of the same name. */
    private static Path move(Path file, Path folder) throws IOException {
        Path target = folder.resolve(file.getFileName());
        for (int n = 1; Files.exists(target); n++) {
            target = folder.resolve(file.getFileName() + "." + n);
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
