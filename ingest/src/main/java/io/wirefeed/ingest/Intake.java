package io.wirefeed.ingest;

import java.util.List;

import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.schema.Dispatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What ingest does with the bytes of a document, whatever brought them (the drop folder, a dead letter sent
 * again): the size limit, today's parsers with the format detected, and the version bound. A parser's own fault
 * (a bug) refuses the document with a reason instead of failing whoever asked.
 */
public final class Intake {

    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

    private final WireFormats formats;
    private final InputLimits limits;

    public Intake(WireFormats formats, InputLimits limits) {
        this.formats = formats;
        this.limits = limits;
    }

    public InputLimits limits() {
        return limits;
    }

    /** The document's dispatches, all of them accepted, or the reason it is refused. */
    public List<Dispatch> read(RawDocument document) throws InvalidDispatchException {
        if (document.bytes().length > limits.maxBytes()) {
            throw new InvalidDispatchException("Document of " + document.bytes().length + " bytes is over the limit of "
                + limits.maxBytes());
        }
        List<Dispatch> dispatches = parse(document);
        limits.checkVersions(dispatches);
        return dispatches;
    }

    /** What today's parsers read in the document (its format detected), whatever the limits say. */
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        try {
            return formats.parse(document, null);
        } catch (RuntimeException e) {
            LOG.error("Parser fault on {}", document.source(), e);
            throw new InvalidDispatchException("Parser fault (" + e.getClass().getName() + ")", e);
        }
    }
}
