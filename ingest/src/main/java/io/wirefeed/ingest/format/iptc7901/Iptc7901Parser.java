package io.wirefeed.ingest.format.iptc7901;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirefeed.ingest.format.ControlFramedText;
import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.HtmlText;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;

/**
 * IPTC 7901, the framed text format of the teleprinter era that agencies such as dpa still send: after SOH a
 * header ({@code dpa0042 4 pol 0312}: source and sequence number, priority 1-6, category, word count); after
 * STX a keyword line ending in {@code /}, a headline ending in {@code  =} and the text; after ETX the
 * timestamp ({@code 071530 Jul 26}: day, hour, minute, month, year, UTC).
 */
public final class Iptc7901Parser implements DispatchParser {

    private static final Pattern HEADER =
        Pattern.compile("^\\s*(?<source>[A-Za-z]+)(?<sequence>\\d+)\\s+(?<priority>[1-9])\\s+(?<category>[A-Za-z]{1,4})\\b");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("ddHHmm MMM yy", Locale.ENGLISH);

    @Override
    public SourceFormat format() {
        return SourceFormat.IPTC_7901;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        return ControlFramedText.parse(document, "IPTC 7901", Iptc7901Parser::message);
    }

    private static Dispatch message(Dispatch.Builder dispatch, ControlFramedText.Message message)
            throws InvalidDispatchException {
        Matcher header = HEADER.matcher(message.header());
        if (!header.find()) {
            throw new InvalidDispatchException("header '" + message.header().trim() + "' is not "
                + "'<source><sequence> <priority> <category>'");
        }
        String source = header.group("source");
        List<String> lines = new ArrayList<>(List.of(message.text().split("\\r?\\n", -1)));
        String keywords = null;
        String headline = "";
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        if (!lines.isEmpty() && lines.get(0).trim().endsWith("/")) {
            keywords = lines.remove(0).trim();
            keywords = keywords.substring(0, keywords.length() - 1);
        }
        if (!lines.isEmpty() && lines.get(0).trim().endsWith(" =")) {
            headline = lines.remove(0).trim();
            headline = headline.substring(0, headline.length() - 2).trim();
        }
        dispatch.setFormat(SourceFormat.IPTC_7901)
            .setAgency(source)
            .setUrgency(Integer.parseInt(header.group("priority")))
            .setSlugline(keywords)
            .setHeadline(headline)
            .setBody(HtmlText.normaliseParagraphs(String.join("\n", lines)))
            .setSubjects(List.of(Subject.newBuilder()
                .setCode("iptc7901-category:" + header.group("category").toLowerCase(Locale.ROOT)).build()))
            .setVersionCreated(timestamp(message.trailer()));
        return DispatchCompletion.complete(dispatch);
    }

    private static Instant timestamp(String trailer) throws InvalidDispatchException {
        if (trailer.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(trailer.trim(), TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidDispatchException("timestamp '" + trailer.trim() + "' is not 'ddHHmm Mon yy'", e);
        }
    }
}
