package io.wirefeed.ingest.format.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.wirefeed.ingest.format.Datelines;
import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.HtmlText;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.TextDecoding;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;

/**
 * Plain text copy whose story opens with a dateline, such as
 * {@code ULAANBAATAR, May 2 -- Mongolia's parliament approved...}. Paragraphs before the dateline paragraph
 * are the headline (with markers such as {@code UPDATE 1-} read as signals); the agency is the one the
 * dateline names. One document is one dispatch.
 */
public final class DatelineTextParser implements DispatchParser {

    @Override
    public SourceFormat format() {
        return SourceFormat.DATELINE_TEXT;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        String text = TextDecoding.decode(document.bytes(), document.declaredCharset().orElse(null));
        List<String> paragraphs = paragraphs(text);
        if (paragraphs.isEmpty()) {
            throw new InvalidDispatchException("Empty document");
        }
        int first = -1;
        Optional<Datelines.Found> dateline = Optional.empty();
        for (int i = 0; i < paragraphs.size() && dateline.isEmpty(); i++) {
            dateline = Datelines.find(paragraphs.get(i), document.receivedAt());
            first = i;
        }
        if (dateline.isEmpty()) {
            throw new InvalidDispatchException("No dateline (such as 'TASHKENT, July 7 -- ') opens any paragraph");
        }
        Datelines.Found found = dateline.get();
        Dispatch.Builder dispatch = document.newDispatch(0, document.sha256())
            .setFormat(SourceFormat.DATELINE_TEXT)
            .setHeadline(String.join(" ", paragraphs.subList(0, first)))
            .setDateline(found.dateline())
            .setAgency(found.agency() == null ? DispatchCompletion.UNKNOWN_AGENCY : found.agency())
            .setBody(String.join("\n\n", paragraphs.subList(first, paragraphs.size())));
        return List.of(DispatchCompletion.complete(dispatch));
    }

    /** Blank-line separated paragraphs; text without blank lines has a paragraph per line. */
    private static List<String> paragraphs(String text) {
        String normalised = HtmlText.normaliseParagraphs(text.replace("\r\n", "\n"));
        List<String> paragraphs = new ArrayList<>(Arrays.asList(normalised.split("\n\n")));
        paragraphs.removeIf(String::isBlank);
        if (paragraphs.size() == 1 && text.trim().contains("\n")) {
            paragraphs = new ArrayList<>(Arrays.asList(text.trim().split("\\s*\\R\\s*")));
            paragraphs.removeIf(String::isBlank);
        }
        return paragraphs;
    }
}
