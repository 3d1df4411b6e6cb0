package io.wirefeed.service.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;

/**
 * Files read the way ingest reads deliveries, for the offline commands and the bench: each file's dispatches in
 * order, and one line on stderr for a file that cannot be read (no stack trace), the others still read.
 */
public final class DispatchFiles {

    private DispatchFiles() {
    }

    /** Hands each dispatch of each file to {@code action}; returns how many files failed. */
    public static int forEachDispatch(List<Path> files, SourceFormat format, PrintWriter err,
                                      Consumer<Dispatch> action) {
        WireFormats formats = new WireFormats();
        int failures = 0;
        for (Path file : files) {
            try {
                RawDocument document = new RawDocument(Files.readAllBytes(file), null, "file:" + file, Instant.now());
                formats.parse(document, format).forEach(action);
            } catch (InvalidDispatchException e) {
                failures++;
                err.println(file + ": " + e.getMessage());
            } catch (IOException e) {
                failures++;
                err.println(file + ": cannot read: " + e.getMessage());
            }
        }
        err.flush();
        return failures;
    }
}
