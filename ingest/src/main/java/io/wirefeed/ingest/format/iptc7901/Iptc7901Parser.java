package io.wirefeed.ingest.format.iptc7901;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.ingest.format.ControlFramedText;
import io.wirefeed.ingest.format.Datelines;
import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.HtmlText;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.ParseWarning;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.TitleBlock;
import io.wirefeed.ingest.format.WireTimes;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;

/**
 * IPTC 7901, the framed text format of the teleprinter era that agencies such as dpa still send: after SOH a
 * header ({@code dpa0042 4 pol 0312}: source and sequence number, priority 1-6, category, word count); after
 * STX a keyword line ending in {@code /}, a headline ending in {@code  =} and the text; after ETX the
 * timestamp ({@code 071530 Jul 26}: day, hour, minute, month, year, UTC, or one of the other layouts
 * {@link WireTimes#trailer} reads). The keyword line may be missing, the headline may lack its {@code  =} (it is
 * then the first line when a blank line or the dateline follows it). A header or timestamp that cannot be read
 * is a {@link ParseWarning}: the dispatch goes through without what it would have said.
 */
public final class Iptc7901Parser implements DispatchParser {

    private static final Pattern HEADER =
        Pattern.compile("^\\s*(?<source>[A-Za-z]+)(?<sequence>\\d+)\\s+(?<priority>[1-9])\\s+(?<category>[A-Za-z]{1,4})\\b");
    /** The source of a header that is not otherwise readable ({@code dpa 0042 x}): its first word. */
    private static final Pattern SOURCE = Pattern.compile("^(?<source>[A-Za-z]{2,10})(?![A-Za-z])");
    /** The agencies whose source letters in a 7901 header are not their name. */
    private static final Map<String, String> SOURCE_NAMES = Map.of("ANS", "ANSA", "RTR", "Reuters", "XIN", "Xinhua",
        "KYO", "Kyodo", "AAE", "Anadolu", "ECP", "dpa", "DPA", "dpa");
    /** How far down a message its dateline is looked for: a title block is a handful of lines. */
    private static final int TITLE_LINES = 12;
    /** A keyword line: ending in {@code /}, or (its closing {@code /} lost) words joined by slashes, no spaces. */
    private static final Pattern KEYWORDS = Pattern.compile(".*/|[\\p{L}\\d.-]+(?:/[\\p{L}\\d.-]+)+");

    @Override
    public SourceFormat format() {
        return SourceFormat.IPTC_7901;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        return ControlFramedText.parse(document, SourceFormat.IPTC_7901, "IPTC 7901",
            (header, line) -> isTrailer(header, line, document.receivedAt()), Iptc7901Parser::message);
    }

    /**
     * Whether the last line of a message that lost its framing is its trailer: a time in a trailer's layout, after no
     * word but the header's source ("dpa 071530 Jul 26"; not "Deadline 30 June 2026 12:00", the story's own line).
     */
    private static boolean isTrailer(String header, String line, Instant received) {
        if (WireTimes.trailer(line, received).isEmpty()) {
            return false;
        }
        Optional<String> agency = WireTimes.trailerAgency(line);
        Matcher source = SOURCE.matcher(header);
        return agency.isEmpty() || source.find() && agency.get().equalsIgnoreCase(source.group("source"));
    }

    private static Dispatch message(Dispatch.Builder dispatch, ControlFramedText.Message message)
            throws InvalidDispatchException {
        Matcher header = HEADER.matcher(message.header());
        String source = null;
        if (header.find()) {
            source = header.group("source");
            dispatch.setUrgency(Integer.parseInt(header.group("priority")))
                .setSubjects(List.of(Subject.newBuilder()
                    .setCode("iptc7901-category:" + header.group("category").toLowerCase(Locale.ROOT)).build()));
        } else {
            Matcher first = SOURCE.matcher(message.header());
            source = first.find() ? first.group("source") : null;
            ParseWarning.HEADER_UNREADABLE.record(dispatch, "header '" + message.header() + "'");
        }
        List<String> lines = new ArrayList<>(List.of(message.text().split("\n", -1)));
        String keywords = null;
        String headline = "";
        dropOpening(lines, String::isBlank);
        if (!lines.isEmpty() && KEYWORDS.matcher(lines.get(0).trim()).matches()) {
            keywords = lines.remove(0).trim().replaceAll("/$", "");
        }
        dropOpening(lines, String::isBlank);
        // a continuing take ("-2-" over its text) has no headline: its text goes on the first take's
        boolean continuing = opensWithTake(lines);
        dropOpening(lines, line -> line.isBlank() || ControlFramedText.isTakeMarker(line));
        int dateline = datelineLine(lines);
        if (dateline > 0) {
            TitleBlock.Read title = TitleBlock.read(lines.subList(0, dateline).stream()
                .map(Iptc7901Parser::withoutEqualsSign).toList());
            headline = title.headline();
            keywords = keywords != null ? keywords : title.slug();
            lines = new ArrayList<>(lines.subList(dateline, lines.size()));
        } else if (!continuing && isHeadline(lines)) {
            String first = lines.remove(0).trim();
            headline = (first.endsWith("=") ? first.substring(0, first.length() - 1) : first).trim();
        }
        dispatch.setFormat(SourceFormat.IPTC_7901)
            .setSlugline(keywords)
            .setHeadline(headline)
            .setBody(HtmlText.normaliseParagraphs(String.join("\n", lines)))
            .setVersionCreated(timestamp(message.trailer(), dispatch));
        // The header's source is the service that sent the message; the dateline names the story's agency.
        return DispatchCompletion.complete(dispatch, source == null ? null
            : SOURCE_NAMES.getOrDefault(source.toUpperCase(Locale.ROOT), source));
    }

    /** Drops the lines opening the list while they are such lines (blank, or a take's number). */
    private static void dropOpening(List<String> lines, Predicate<String> dropped) {
        while (!lines.isEmpty() && dropped.test(lines.get(0))) {
            lines.remove(0);
        }
    }

    /**
     * The line, among the first {@value #TITLE_LINES}, that opens the story with its dateline, after the title block
     * (keyword line, headline, byline, notes) agencies write before it; -1 when none does.
     */
    private static int datelineLine(List<String> lines) {
        for (int i = 1; i < Math.min(lines.size(), TITLE_LINES); i++) {
            if (Datelines.find(lines.get(i).replaceAll("\\s+", " ").trim(), Instant.EPOCH).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** A title line without the {@code  =} that closes a 7901 headline; folded first, which keeps this linear. */
    private static String withoutEqualsSign(String line) {
        String folded = line.replaceAll("\\s+", " ").strip();
        return folded.endsWith("=") ? folded.substring(0, folded.length() - 1).strip() : folded;
    }

    /** Whether the lines open with a continuing take's number ("-2-"). */
    private static boolean opensWithTake(List<String> lines) {
        return !lines.isEmpty() && ControlFramedText.isTakeMarker(lines.get(0));
    }

    /**
     * Whether the first line is the headline: it ends in {@code =}, or (sent without it) a blank line or the
     * story's dateline follows it and it is not itself the dateline.
     */
    private static boolean isHeadline(List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        String first = lines.get(0).replaceAll("\\s+", " ").trim();
        if (first.endsWith("=")) {
            return true;
        }
        if (lines.size() < 2 || Datelines.find(first, Instant.EPOCH).isPresent()) {
            return false;
        }
        String next = lines.get(1).replaceAll("\\s+", " ").trim();
        return next.isEmpty() || Datelines.find(next, Instant.EPOCH).isPresent();
    }

    private static Instant timestamp(String trailer, Dispatch.Builder dispatch) {
        if (trailer.isBlank()) {
            return null;
        }
        Optional<Instant> instant = WireTimes.trailer(trailer, dispatch.getReceivedAt());
        if (instant.isEmpty()) {
            ParseWarning.TIME_UNREADABLE.record(dispatch, "trailer '" + trailer + "'");
        }
        return instant.orElse(null);
    }
}
