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
import io.wirefeed.ingest.format.Datelines;
import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.HtmlText;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.ParseWarning;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.TextRuns;
import io.wirefeed.ingest.format.TitleBlock;
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
 * line ({@code AP-NY-07-07-26 0542EDT}). The header may be split over lines (selector and sequence on their
 * own) and padded with control characters. A header or timestamp that cannot be read, or a version number too
 * large to be one, is a {@link ParseWarning}: the dispatch goes through without what it would have said.
 */
public final class AnpaParser implements DispatchParser {

    private static final Pattern HEADER = Pattern.compile(
        "^\\s*(?<service>[a-z]{1,4})\\s?(?<sequence>\\d{2,6})\\s+(?:(?<selector>[a-z]{2,6}(?:-[a-z]{1,6})?)\\s+)?"
            + "(?<priority>[a-z])\\s+(?<category>[a-z]{1,2})\\s+(?<rest>\\S.*)$",
        Pattern.CASE_INSENSITIVE);
    /** Canadian Press's field lines among the {@code ^} lines: {@code ^HL:} is the headline, the others are not. */
    private static final Pattern FIELD_LINE = Pattern.compile("^(?<field>HL|INDEX|SYMBOL|CODE|KEYWORDS):\\s*(?<value>.*)$");
    /** A field line before the text that lost its {@code ^} ({@code code:2}): no text of the story. */
    private static final Pattern BARE_FIELD = Pattern.compile("^[A-Za-z]+:\\S+$");
    /** Selector prefixes and the agencies they name: AP's {@code AP-WA}, CP's {@code cpstf}, AAP's {@code aap-n}... */
    private static final Map<String, String> SELECTOR_AGENCIES = Map.of("ap", "AP", "cp", "The Canadian Press",
        "cpstf", "The Canadian Press", "aap", "AAP", "rtr", "Reuters", "afp", "AFP");
    /** Headline from the first line of copy without {@code ^} lines: at most this long. */
    private static final int HEADLINE_LIMIT = 200;
    /** A title block above the dateline is no longer than this many lines (blank ones included). */
    private static final int TITLE_LINES = 6;
    /** A slug as the keyword repeat line opens with it: {@code BC-Mongolia-Parliament,}. */
    private static final Pattern SLUG = Pattern.compile("^([A-Za-z]{1,4}-[\\w-]+)(?:[, ]|$)");
    private static final Pattern LEAD = Pattern.compile("(?i)^(\\d+)(?:st|nd|rd|th)\\s*Ld$");
    /**
     * A note of what goes with the story ("With AP Photos, Graphic", "With BC-Tennis-Glance"), not a headline that opens
     * with "With" ("With caucuses two weeks off, Whitaker leads").
     */
    private static final Pattern WITH_NOTE = Pattern.compile("(?i)^with\\s+(?:(?:ap|afp|cp|aap|upi|reuters|dpa)\\s+)?"
        + "(?:photos?|graphics?|videos?|audio|sidebars?|maps?|charts?|glance|box|[a-z]{1,4}-\\S+)\\b.*$");
    /**
     * A timestamp line: {@code AP-NY-07-08-27 1210EDT}, also without the desk ({@code JIJI-02-09-28 0712GMT}) or in
     * UPI's twelve-hour time, a.m. or p.m. before the zone's first letters ({@code UPI 02-10-28 1102aES}).
     */
    private static final Pattern TIMESTAMP = Pattern.compile("^(?<agency>[A-Za-z]+)(?:-[A-Za-z]+)?[- ]"
        + "(?<date>\\d{2}-\\d{2}-\\d{2}) (?<time>\\d{4}) ?(?:(?<half>[ap])(?=[A-Z]{2}(?![A-Za-z])))?"
        + "(?<zone>[A-Za-z]{2,4}(?![A-Za-z]))?");
    /** Priority letters as IPTC urgency: flash, bulletin, urgent, regular, advisory/special, deferred, weekend. */
    private static final Map<Character, Integer> URGENCY = Map.of(
        'f', 1, 'b', 2, 'u', 3, 'r', 5, 'a', 6, 's', 6, 'd', 7, 'w', 8);

    @Override
    public SourceFormat format() {
        return SourceFormat.ANPA_1312;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        return ControlFramedText.parse(document, SourceFormat.ANPA_1312, "ANPA-1312",
            (header, line) -> TIMESTAMP.matcher(line).find(), AnpaParser::message);
    }

    private static Dispatch message(Dispatch.Builder dispatch, ControlFramedText.Message message)
            throws InvalidDispatchException {
        Matcher header = HEADER.matcher(message.header());
        boolean readable = header.find();
        String slug = null;
        int version = 1;
        List<Signal> signals = new ArrayList<>();
        if (readable) {
            String[] fields = versionApart(header.group("rest")).split(" ");
            slug = fields[0];
            for (int i = 1; i < fields.length; i++) {
                version = Math.max(version, versionField(fields[i], signals, dispatch));
            }
            dispatch.setUrgency(URGENCY.get(Character.toLowerCase(header.group("priority").charAt(0))))
                .setSubjects(List.of(Subject.newBuilder()
                    .setCode("anpa-category:" + header.group("category").toLowerCase(Locale.ROOT)).build()));
        } else {
            ParseWarning.HEADER_UNREADABLE.record(dispatch, "header '" + message.header() + "'");
        }
        String copy = message.text();
        String trailer = message.trailer();
        Matcher timestamp = TIMESTAMP.matcher(trailer);
        boolean stamped = timestamp.find();
        int closing = trailer.isEmpty() ? closingTimestamp(copy) : -1;
        if (closing >= 0) {
            // Some lines send the timestamp as the text's last line, before ETX (a take's MORE above it).
            trailer = copy.substring(closing).strip();
            copy = withoutTakeMarker(copy.substring(0, closing));
            timestamp = TIMESTAMP.matcher(trailer);
            stamped = timestamp.find();
        }
        Text text = text(copy, slug);
        dispatch.setFormat(SourceFormat.ANPA_1312)
            .setAgency(stampedAgency(stamped ? timestamp.group("agency") : null))
            .setSlugline(slug != null ? slug : text.slug())
            .setVersion(version)
            .setSignals(signals)
            .setPubStatus(signals.contains(Signal.KILL) ? PubStatus.CANCELED : PubStatus.USABLE)
            .setHeadline(text.headline())
            .setBody(text.body())
            .setVersionCreated(stamped ? instant(timestamp, dispatch) : null);
        if (!stamped && !trailer.isEmpty()) {
            ParseWarning.TIME_UNREADABLE.record(dispatch, "timestamp '" + trailer + "'");
        }
        // An agency line under the byline (^THE CANADIAN PRESS, ^AAP=), else the selector, else the timestamp's code
        // as written ("JIJI"), names the agency when the dateline does not.
        String selector = readable ? header.group("selector") : null;
        String packaging = text.agency() != null ? text.agency() : selectorAgency(selector);
        return DispatchCompletion.complete(dispatch, packaging == null && stamped ? timestamp.group("agency") : packaging);
    }

    /**
     * The header's keyword, version, date and count with the version apart from the slug and in one field:
     * {@code BC-Sudan-Flood,2nd Ld-Writethru 08-14 0136} as {@code BC-Sudan-Flood 2ndLd-Writethru 08-14 0136}.
     */
    private static String versionApart(String rest) {
        int space = rest.indexOf(' ');
        int comma = rest.indexOf(',');
        String apart = comma > 0 && (space < 0 || comma < space) ? rest.substring(0, comma) + " " + rest.substring(comma + 1)
            : rest;
        return SPACED_LEAD.matcher(apart).replaceFirst("$1Ld");
    }

    /** A lead's number written apart from its "Ld": {@code 2nd Ld}. */
    private static final Pattern SPACED_LEAD = Pattern.compile("(?i)\\b(\\d+(?:st|nd|rd|th)) Ld\\b");

    /** Where the text's last line starts when that line is a timestamp ({@code AP-NY-07-08-27 1210EDT<}), else -1. */
    private static int closingTimestamp(String text) {
        int start = lastLineStart(text);
        return start > 0 && TIMESTAMP.matcher(text.substring(start).strip()).find() ? start : -1;
    }

    /** The text without a take's closing {@code MORE} line. */
    private static String withoutTakeMarker(String text) {
        int start = lastLineStart(text);
        return text.substring(start).strip().equals("MORE") ? text.substring(0, start) : text;
    }

    /** Where the last line with text starts (0 when the text has one line). */
    private static int lastLineStart(String text) {
        return text.stripTrailing().lastIndexOf('\n') + 1;
    }

    /**
     * The agency a timestamp's code names as a selector would ({@code RTRS-NY-09-05-27 1158EDT} is Reuters'), else
     * unknown: a code no selector names ("JIJI") is left for when the dateline names none.
     */
    private static String stampedAgency(String code) {
        String named = selectorAgency(code);
        return named != null ? named : DispatchCompletion.UNKNOWN_AGENCY;
    }

    /** The agency a header's selector names ({@code AP-WA}, {@code cpstf}, {@code aap-n}, {@code RTRUS}), or null. */
    private static String selectorAgency(String selector) {
        if (selector == null) {
            return null;
        }
        String lower = selector.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> agency : SELECTOR_AGENCIES.entrySet()) {
            if (lower.equals(agency.getKey()) || lower.startsWith(agency.getKey() + "-")
                    || agency.getKey().length() > 2 && lower.startsWith(agency.getKey())) {
                return agency.getValue();
            }
        }
        return null;
    }

    /** The version a field such as {@code 1stLd-Writethru} or {@code Correction} says (1 when it says none). */
    private static int versionField(String field, List<Signal> signals, Dispatch.Builder dispatch) {
        int version = 1;
        for (String part : field.split("-")) {
            Matcher lead = LEAD.matcher(part);
            Signal signal;
            if (lead.matches()) {
                if (lead.group(1).length() <= 4) {
                    version = Integer.parseInt(lead.group(1)) + 1;
                } else {
                    ParseWarning.NUMBER_UNREADABLE.record(dispatch, "version '" + part + "'");
                }
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

    /**
     * The headline and body of the text, the slug its keyword repeat line gave (for a header without one), and the
     * agency a line under the byline names (null if none).
     */
    private record Text(String headline, String body, String slug, String agency) {
    }

    /**
     * Headline from the {@code ^} lines (skipping the keyword repeat, field lines but {@code HL:}, notes and bylines;
     * an agency line under a byline), body from the rest; without {@code ^} lines, a first line alone is the headline.
     */
    private static Text text(String text, String headerSlug) {
        CaretLines title = new CaretLines(headerSlug);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean continuing = false;
        // copy shown with cat -v and saved again: no tab anywhere, each paragraph's tab written "^I", each CR "^M"
        boolean caretNotation = text.indexOf('\t') < 0 && text.contains("\n^I");
        for (String split : text.split("\n")) {
            String line = caretNotation ? caretsRead(split, title.headline != null) : split;
            boolean beforeText = nothingRead(paragraphs, paragraph);
            if (headerLine(line, beforeText)) {
                line = line.stripLeading();
                title.read(TextRuns.stripTrailingAfterSpace(line.substring(1), "<=@").trim());
                continue;
            }
            if (beforeText && ControlFramedText.isTakeMarker(line)) {
                continuing = true;  // a continuing take has no headline: its text goes on the first take's
                continue;
            }
            if (beforeText && BARE_FIELD.matcher(line.strip()).matches()) {
                continue;
            }
            if (line.startsWith("\t") || line.isBlank()) {
                addParagraph(paragraphs, paragraph);
            }
            // Lines kept apart: copy written a paragraph a line reads so (HtmlText.normaliseParagraphs).
            paragraph.append('\n').append(TextRuns.stripTrailingAfterSpace(line, "<=").trim());
        }
        addParagraph(paragraphs, paragraph);
        String headline = title.headline();
        if (headline == null && !continuing) {
            headline = firstLineHeadline(paragraphs);
        }
        return new Text(headline == null ? "" : headline, HtmlText.normaliseParagraphs(String.join("\n\n", paragraphs)),
            title.slug, title.agency);
    }

    private static boolean nothingRead(List<String> paragraphs, StringBuilder paragraph) {
        return paragraphs.isEmpty() && paragraph.isEmpty();
    }

    /**
     * AFP's copy through ANPA: the short lines above the dateline are its title block, a headline perhaps with a
     * keyword line or a byline, with or without a blank line before the dateline (taken out); without a dateline
     * near the top, the first line of text, alone and short, is the headline. Else null.
     */
    private static String firstLineHeadline(List<String> paragraphs) {
        List<String> lines = List.of(String.join("\n\n", paragraphs).split("\n"));
        int dateline = datelineLine(lines);
        if (dateline > 0) {
            String rest = String.join("\n", lines.subList(dateline, lines.size()));
            paragraphs.clear();
            paragraphs.addAll(List.of(rest.split("\n\n")));
            return TitleBlock.read(lines.subList(0, dateline)).headline();
        }
        if (paragraphs.size() > 1 && paragraphs.get(0).indexOf('\n') < 0 && paragraphs.get(0).length() <= HEADLINE_LIMIT) {
            return paragraphs.remove(0);
        }
        return null;
    }

    /**
     * The line of the first few that opens with a dateline below lines a title block has: short, none of them ending
     * a sentence, and no dateline on the first (else the lines above are the lead's, wrapped: "in eastern Sudan on
     * Monday, as" / "Sudanese Red Crescent (SRC) -- the relief"); or -1.
     */
    private static int datelineLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), TITLE_LINES); i++) {
            String line = lines.get(i).strip();
            boolean dateline = Datelines.find(line, Instant.EPOCH).isPresent();
            if (dateline) {
                return i > 0 ? i : -1;
            }
            if (line.length() > HEADLINE_LIMIT || SENTENCE_END.matcher(line).find()) {
                return -1;
            }
        }
        return -1;
    }

    /** A line a sentence ends or runs on from, which no title block's line is ("officials said, as", "head of the"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.,;]|\\b(?:the|a|an|of|and|or|in|on|at|to|for|by|"
        + "with|from|as|that))$");

    /**
     * A {@code ^} line; before the text also one indented like a paragraph ({@code \t^BC-Budget-Vote,0020<}, as AP's
     * keyword repeat comes).
     */
    private static boolean headerLine(String line, boolean beforeText) {
        return line.startsWith("^") || beforeText && line.startsWith("\t^");
    }

    /** A priority word on a line of its own above the headline: {@code ^BULLETIN<}, {@code ^URGENT<}. */
    private static final Pattern PRIORITY_LINE = Pattern.compile("(?:FLASH|BULLETIN|URGENT)");

    /**
     * What the {@code ^} lines say, read one by one: the headline (the first that is no keyword repeat, note or
     * byline, or Canadian Press's {@code ^HL:} line; a priority line above it opens it), the slug (a keyword repeat,
     * for a header without one), and an agency line under the byline.
     */
    private static final class CaretLines {
        private String headline;
        private String slug;
        private String agency;
        private boolean afterByline;
        /** A line of a priority word alone above the headline ("^BULLETIN<"), kept to open the headline with. */
        private String priority;

        CaretLines(String headerSlug) {
            slug = headerSlug;
        }

        /** The headline; a priority line with no headline after it is the headline, as any headline's marker. */
        String headline() {
            return headline != null ? headline : priority;
        }

        void read(String content) {
            Matcher keywords = SLUG.matcher(content);
            Matcher field = FIELD_LINE.matcher(content);
            if (field.matches()) {
                headline = field.group("field").equals("HL") ? field.group("value").trim() : headline;
            } else if (slug == null && headline == null && keywords.find()) {
                slug = keywords.group(1);
            } else if (afterByline && agency == null && content.split("\\s+").length <= 4) {
                agency = content;
            } else if (headline == null && PRIORITY_LINE.matcher(content).matches()) {
                priority = content;
            } else if (headline == null && !isHeaderNote(content, slug)) {
                // HeadlineSignals reads the priority off the headline's start as it does in other formats
                headline = priority == null ? content : priority + " " + content;
            }
            afterByline = content.toLowerCase(Locale.ROOT).startsWith("by ");
        }
    }

    /**
     * A line of copy in caret notation as the control characters it stands for: "^M" ending it is dropped and, after
     * the headline, "^I" opening it is the tab that opens a paragraph (before it, "^I" opens a headline: "^Ice storm").
     */
    private static String caretsRead(String line, boolean afterHeadline) {
        String read = line.endsWith("^M") ? line.substring(0, line.length() - 2) : line;
        if (!afterHeadline || !read.startsWith("^I")) {
            return read;
        }
        int text = 2;
        while (read.startsWith("^I", text)) {
            text += 2;
        }
        return "\t" + read.substring(text).stripLeading();
    }

    private static boolean isHeaderNote(String content, String slug) {
        String lower = content.toLowerCase(Locale.ROOT);
        return content.isEmpty() || slug != null && content.startsWith(slug) || lower.startsWith("eds:")
            || lower.startsWith("by ")
            || lower.endsWith(" writer") || lower.startsWith("photo") || WITH_NOTE.matcher(content).matches();
    }

    private static void addParagraph(List<String> paragraphs, StringBuilder paragraph) {
        String text = paragraph.toString().trim();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        paragraph.setLength(0);
    }

    /**
     * The timestamp's instant, or null (and a warning) when its date or time does not exist or its zone is none the
     * lists know ("2241AEDT" is AAP's Sydney time; read as UTC it would be eleven hours off).
     */
    private static Instant instant(Matcher timestamp, Dispatch.Builder dispatch) {
        try {
            String half = timestamp.group("half");
            LocalDateTime local = LocalDateTime.parse(timestamp.group("date") + " " + timestamp.group("time")
                + (half == null ? "" : half.equals("a") ? " AM" : " PM"),
                DateTimeFormatter.ofPattern(half == null ? "MM-dd-yy HHmm" : "MM-dd-yy hhmm a", Locale.ROOT));
            // UPI's "ES", "CD": the zone's letters without its "T"
            String zoneName = half == null || timestamp.group("zone") == null ? timestamp.group("zone")
                : timestamp.group("zone") + "T";
            ZoneOffset zone = zoneName == null ? ZoneOffset.UTC : WireTimes.zoneOffset(zoneName);
            if (zone == null) {
                ParseWarning.TIME_UNREADABLE.record(dispatch, "timestamp '" + timestamp.group() + "' in an unknown zone");
                return null;
            }
            return local.toInstant(zone);
        } catch (DateTimeParseException e) {
            ParseWarning.TIME_UNREADABLE.record(dispatch, "timestamp '" + timestamp.group() + "'");
            return null;
        }
    }
}
