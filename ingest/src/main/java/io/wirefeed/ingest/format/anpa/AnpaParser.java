package io.wirefeed.ingest.format.anpa;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.ingest.format.ControlFramedText;
import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.HtmlText;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireTimes;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.Signal;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;

/**
 * ANPA-1312, the wire format of US agencies: SYN SYN SOH, a header line
 * ({@code a0734 r i BC-Mongolia-Parliament 1stLd-Writethru 07-07 0542}: service and sequence, priority and
 * category letters, keyword slug, version, date, word count), STX, {@code ^}-prefixed header lines (keyword
 * repeat, headline, editor's note, byline), the tab-indented paragraphs of the body, ETX and a timestamp
 * line ({@code AP-NY-07-07-26 0542EDT}).
 */
public final class AnpaParser implements DispatchParser {

    private static final Pattern HEADER = Pattern.compile(
        "^\\s*(?<service>[a-z])(?<sequence>\\d{3,5})\\s+(?<priority>[a-z])\\s+(?<category>[a-z])\\s+(?<rest>.*)$",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern LEAD = Pattern.compile("(?i)^(\\d+)(?:st|nd|rd|th)\\s*Ld$");
    private static final Pattern TIMESTAMP = Pattern.compile(
        "^(?<agency>[A-Za-z]+)-[A-Za-z]+-(?<date>\\d{2}-\\d{2}-\\d{2}) (?<time>\\d{4})(?<zone>[A-Z]{2,4})?");
    /** Priority letters as IPTC urgency: flash, bulletin, urgent, regular, advisory/special, deferred, weekend. */
    private static final Map<Character, Integer> URGENCY = Map.of(
        'f', 1, 'b', 2, 'u', 3, 'r', 5, 'a', 6, 's', 6, 'd', 7, 'w', 8);

    @Override
    public SourceFormat format() {
        return SourceFormat.ANPA_1312;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        return ControlFramedText.parse(document, "ANPA-1312", AnpaParser::message);
    }

    private static Dispatch message(Dispatch.Builder dispatch, ControlFramedText.Message message)
            throws InvalidDispatchException {
        Matcher header = HEADER.matcher(message.header().replace(String.valueOf(ControlFramedText.SYN), "").trim());
        if (!header.find()) {
            throw new InvalidDispatchException("header '" + message.header().trim() + "' is not "
                + "'<service><sequence> <priority> <category> <slug> ...'");
        }
        String[] fields = header.group("rest").trim().split("\\s+");
        String slug = fields[0];
        int version = 1;
        List<Signal> signals = new ArrayList<>();
        for (int i = 1; i < fields.length; i++) {
            version = Math.max(version, versionField(fields[i], signals));
        }
        Text text = text(message.text(), slug);
        Matcher timestamp = TIMESTAMP.matcher(message.trailer());
        boolean stamped = timestamp.find();
        dispatch.setFormat(SourceFormat.ANPA_1312)
            .setAgency(stamped ? timestamp.group("agency") : DispatchCompletion.UNKNOWN_AGENCY)
            .setUrgency(URGENCY.get(Character.toLowerCase(header.group("priority").charAt(0))))
            .setSlugline(slug)
            .setVersion(version)
            .setSignals(signals)
            .setPubStatus(signals.contains(Signal.KILL) ? PubStatus.CANCELED : PubStatus.USABLE)
            .setHeadline(text.headline())
            .setBody(text.body())
            .setSubjects(List.of(Subject.newBuilder()
                .setCode("anpa-category:" + header.group("category").toLowerCase(Locale.ROOT)).build()))
            .setVersionCreated(stamped ? instant(timestamp) : null);
        return DispatchCompletion.complete(dispatch);
    }

    /** The version a field such as {@code 1stLd-Writethru} or {@code Correction} says (1 when it says none). */
    private static int versionField(String field, List<Signal> signals) {
        int version = 1;
        for (String part : field.split("-")) {
            Matcher lead = LEAD.matcher(part);
            Signal signal;
            if (lead.matches()) {
                version = Integer.parseInt(lead.group(1)) + 1;
                signal = Signal.UPDATE;
            } else {
                signal = switch (part.toLowerCase(Locale.ROOT)) {
                    case "writethru" -> Signal.WRITETHRU;
                    case "correction", "corrective", "corrected" -> Signal.CORRECTION;
                    case "kill", "killed" -> Signal.KILL;
                    case "adv", "advisory" -> Signal.ADVISORY;
                    case "urgent", "bulletin", "flash" -> Signal.URGENT;
                    case "update", "sub" -> Signal.UPDATE;
                    default -> null;
                };
            }
            if (signal != null && !signals.contains(signal)) {
                signals.add(signal);
            }
        }
        return version;
    }

    private record Text(String headline, String body) {
    }

    /** Headline from the {@code ^} lines (skipping the keyword repeat, notes and bylines), body from the rest. */
    private static Text text(String text, String slug) {
        String headline = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.split("\\r?\\n")) {
            if (line.startsWith("^")) {
                String content = line.substring(1).replaceAll("[<=]+\\s*$", "").trim();
                if (headline == null && !isHeaderNote(content, slug)) {
                    headline = content;
                }
                continue;
            }
            if (line.startsWith("\t") || line.isBlank()) {
                addParagraph(paragraphs, paragraph);
            }
            paragraph.append(' ').append(line.replaceAll("[<=]+\\s*$", "").trim());
        }
        addParagraph(paragraphs, paragraph);
        return new Text(headline == null ? "" : headline, HtmlText.normaliseParagraphs(String.join("\n\n", paragraphs)));
    }

    private static boolean isHeaderNote(String content, String slug) {
        String lower = content.toLowerCase(Locale.ROOT);
        return content.isEmpty() || content.startsWith(slug) || lower.startsWith("eds:") || lower.startsWith("by ")
            || lower.endsWith(" writer") || lower.startsWith("photo") || lower.startsWith("with ");
    }

    private static void addParagraph(List<String> paragraphs, StringBuilder paragraph) {
        String text = paragraph.toString().trim();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        paragraph.setLength(0);
    }

    private static Instant instant(Matcher timestamp) throws InvalidDispatchException {
        try {
            LocalDateTime local = LocalDateTime.parse(timestamp.group("date") + " " + timestamp.group("time"),
                DateTimeFormatter.ofPattern("MM-dd-yy HHmm"));
            String zone = timestamp.group("zone") == null ? null : WireTimes.zoneOffset(timestamp.group("zone"));
            return local.toInstant(zone == null ? ZoneOffset.UTC : ZoneOffset.of(zone));
        } catch (DateTimeParseException e) {
            throw new InvalidDispatchException("timestamp '" + timestamp.group() + "' is not 'MM-dd-yy HHmmZZZ'", e);
        }
    }
}
