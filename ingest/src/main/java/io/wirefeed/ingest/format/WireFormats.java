package io.wirefeed.ingest.format;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.ingest.format.anpa.AnpaParser;
import io.wirefeed.ingest.format.feed.FeedParser;
import io.wirefeed.ingest.format.iptc7901.Iptc7901Parser;
import io.wirefeed.ingest.format.newsml.NewsMl1Parser;
import io.wirefeed.ingest.format.newsml.NewsMlParser;
import io.wirefeed.ingest.format.ninjs.NinjsParser;
import io.wirefeed.ingest.format.nitf.NitfParser;
import io.wirefeed.ingest.format.text.DatelineTextParser;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;

/** Every supported wire format: detects a document's format (or takes the caller's word) and parses it. */
public final class WireFormats {

    private final Map<SourceFormat, DispatchParser> parsers = new EnumMap<>(SourceFormat.class);

    public WireFormats() {
        FeedParser feeds = new FeedParser();
        for (DispatchParser parser : List.of(new NewsMlParser(), new NinjsParser(), new Iptc7901Parser(),
                new AnpaParser(), new DatelineTextParser(), new NewsMl1Parser(), new NitfParser())) {
            parsers.put(parser.format(), parser);
        }
        parsers.put(SourceFormat.RSS, feeds);
        parsers.put(SourceFormat.ATOM, feeds);
    }

    /** The supported formats with some parsers replaced (tests: a parser that fails in a way none should). */
    public WireFormats(Map<SourceFormat, DispatchParser> replaced) {
        this();
        parsers.putAll(replaced);
    }

    /** The dispatches of a document in the given format, or in the detected one when {@code format} is null. */
    public List<Dispatch> parse(RawDocument document, SourceFormat format) throws InvalidDispatchException {
        SourceFormat chosen = format != null ? format : FormatDetector.detect(document);
        DispatchParser parser = parsers.get(chosen);
        if (parser == null) {
            throw new InvalidDispatchException("No parser for format " + chosen);
        }
        return parser.parse(document);
    }
}
