package io.wirefeed.ingest.format;

import java.util.List;

import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;

/** Reads the dispatches of one wire format out of a document (one, or several for batches and feeds). */
public interface DispatchParser {

    SourceFormat format();

    /**
     * The dispatches the document holds, in document order, each completed by {@link DispatchCompletion}.
     * A document with none, or one that does not follow the format, is an {@link InvalidDispatchException}.
     */
    List<Dispatch> parse(RawDocument document) throws InvalidDispatchException;
}
