package io.wirefeed.ingest.format.ninjs;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.HtmlText;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.ParseWarning;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.TextDecoding;
import io.wirefeed.ingest.format.VersionNumbers;
import io.wirefeed.ingest.format.WireTimes;
import io.wirefeed.schema.Dateline;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;

/**
 * IPTC ninjs 1.x and 2.x: one JSON object, a JSON array of them, or NDJSON (one object per line). 1.x's
 * {@code headline}, {@code body_text}/{@code body_html} and {@code subject} and 2.x's {@code headlines},
 * {@code bodies} and {@code subjects} are both read.
 */
public final class NinjsParser implements DispatchParser {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
        .build());

    @Override
    public SourceFormat format() {
        return SourceFormat.NINJS;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        String text = TextDecoding.decode(document.bytes(), document.declaredCharset().orElse(null));
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(text)) {
            while (values.hasNextValue()) {
                unwrap(values.nextValue(), objects);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidDispatchException("Malformed JSON" + (at == null ? "" : " at line " + at.getLineNr()
                + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new InvalidDispatchException("Malformed JSON: " + e.getMessage(), e);
        }
        if (objects.isEmpty()) {
            throw new InvalidDispatchException("No ninjs object in the document");
        }
        String sha256 = document.sha256();
        List<Dispatch> dispatches = new ArrayList<>(objects.size());
        for (JsonNode object : objects) {
            try {
                dispatches.add(item(document.newDispatch(dispatches.size(), sha256), object));
            } catch (InvalidDispatchException e) {
                throw new InvalidDispatchException("ninjs object " + (dispatches.size() + 1) + ": " + e.getMessage(), e);
            }
        }
        return dispatches;
    }

    /**
     * The ninjs objects a JSON value holds: itself, the items of an array, or the items of the envelopes APIs
     * deliver them in: the AP Media API's {@code {"data": {"item": ...}}} and {@code {"data": {"items": [{"item":
     * ...}]}}}, Superdesk's listing {@code {"_items": [...]}}.
     */
    private static void unwrap(JsonNode value, List<JsonNode> objects) {
        JsonNode data = value.path("data");
        if (value.isArray() || value.path("_items").isArray()) {
            (value.isArray() ? value : value.get("_items")).forEach(objects::add);
        } else if (data.path("item").isObject()) {
            objects.add(data.get("item"));
        } else if (data.path("items").isArray()) {
            data.get("items").forEach(entry -> objects.add(entry.path("item").isObject() ? entry.get("item") : entry));
        } else if (!storiesPackaged(value).isEmpty()) {
            // A package (composite) of a story and its pictures: its text items are the dispatches.
            objects.addAll(storiesPackaged(value));
        } else {
            objects.add(value);
        }
    }

    /**
     * The text items a ninjs composite with no text of its own carries in full among its associations (not those
     * given by reference alone, uri and type): none for any other object, which is read as it is.
     */
    private static List<JsonNode> storiesPackaged(JsonNode value) {
        if (!"composite".equals(value.path("type").asText()) || !body(value).isEmpty()) {
            return List.of();
        }
        List<JsonNode> stories = new ArrayList<>();
        for (JsonNode associated : value.path("associations")) {
            if (associated.isObject() && "text".equals(associated.path("type").asText())
                    && (headline(associated) != null || !body(associated).isEmpty())) {
                stories.add(associated);
            }
        }
        return stories;
    }

    private static Dispatch item(Dispatch.Builder dispatch, JsonNode item) throws InvalidDispatchException {
        if (!item.isObject()) {
            throw new InvalidDispatchException("expected a JSON object, found " + item.getNodeType());
        }
        // Superdesk, the newsroom system of AAP, ANSA, NTB and others, writes its ninjs' id as 'guid'.
        String uri = string(item, "uri") != null ? string(item, "uri") : string(item, "guid");
        if (uri == null) {
            // DispatchCompletion derives the id from the agency and the slug or headline, as for formats without ids.
            ParseWarning.ID_DERIVED.record(dispatch, "no 'uri' or 'guid'");
        } else {
            dispatch.setId(uri).setGuid(uri);
        }
        String located = string(item, "located");
        dispatch.setFormat(SourceFormat.NINJS)
            .setVersion(VersionNumbers.read(dispatch, string(item, "version")))
            .setAgency(agency(item))
            .setVersionCreated(instant(dispatch, item, "versioncreated"))
            .setFirstCreated(instant(dispatch, item, "firstcreated"))
            .setEmbargoedUntil(instant(dispatch, item, "embargoed"))
            .setPubStatus(pubStatus(string(item, "pubstatus")))
            .setUrgency(urgency(item.get("urgency")))
            .setLanguage(string(item, "language"))
            .setSlugline(string(item, "slugline"))
            .setHeadline(Objects.requireNonNullElse(headline(item), ""))
            .setDateline(located == null ? null : Dateline.newBuilder().setText(located).setPlace(located).build())
            .setBody(bodyOrSummary(dispatch, item))
            .setSubjects(subjects(item));
        return DispatchCompletion.complete(dispatch);
    }

    private static String agency(JsonNode item) {
        JsonNode infosources = field(item, "infosources");
        if (infosources != null && infosources.isArray() && !infosources.isEmpty() && infosources.get(0).hasNonNull("name")) {
            return infosources.get(0).get("name").asText();
        }
        for (String field : List.of("provider", "copyrightholder", "source")) {
            JsonNode value = field(item, field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
            if (value != null && value.hasNonNull("name")) {
                return value.get("name").asText();
            }
        }
        return DispatchCompletion.UNKNOWN_AGENCY;
    }

    private static PubStatus pubStatus(String value) {
        if (value == null) {
            return PubStatus.USABLE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> PubStatus.USABLE;
        };
    }

    private static Integer urgency(JsonNode value) {
        if (value == null || !value.canConvertToInt() && !value.isTextual()) {
            return null;
        }
        int urgency = value.isNumber() ? value.intValue() : value.asInt(0);
        return urgency >= 1 && urgency <= 9 ? urgency : null;
    }

    private static String headline(JsonNode item) {
        JsonNode headlines = item.path("headlines");
        if (headlines.isArray()) {
            for (JsonNode headline : headlines) {
                String role = headline.path("role").asText("main");
                if (role.equals("main") || role.isEmpty()) {
                    return headline.path("value").asText(null);
                }
            }
            if (!headlines.isEmpty()) {
                return headlines.get(0).path("value").asText(null);
            }
        }
        return string(item, "headline");
    }

    /** The body, or when there is none the description (2.x {@code descriptions}, 1.x {@code description_*}). */
    private static String bodyOrSummary(Dispatch.Builder dispatch, JsonNode item) {
        String body = body(item);
        if (!body.isEmpty()) {
            return body;
        }
        String summary = description(item);
        if (summary.isEmpty()) {
            return body;
        }
        ParseWarning.BODY_FROM_SUMMARY.record(dispatch, "no body text; description read instead");
        return summary;
    }

    private static String description(JsonNode item) {
        JsonNode descriptions = item.path("descriptions");
        if (descriptions.isArray() && !descriptions.isEmpty()) {
            return text(descriptions.get(0));
        }
        String html = string(item, "description_html");
        if (html != null) {
            return HtmlText.toText(html);
        }
        String text = string(item, "description_text");
        return text == null ? "" : HtmlText.normaliseParagraphs(text);
    }

    private static String body(JsonNode item) {
        JsonNode bodies = item.path("bodies");
        if (bodies.isArray() && !bodies.isEmpty()) {
            JsonNode chosen = bodies.get(0);
            for (JsonNode body : bodies) {
                if (body.path("role").asText("").isEmpty() || "main".equals(body.path("role").asText())) {
                    chosen = body;
                    break;
                }
            }
            return text(chosen);
        }
        // ninjs 1.x allows any body_* key; these are the markup ones agencies use.
        for (String markup : List.of("body_html", "body_xhtml")) {
            String html = string(item, markup);
            if (html != null) {
                return HtmlText.toText(html);
            }
        }
        String text = string(item, "body_text");
        return text == null ? "" : HtmlText.normaliseParagraphs(text);
    }

    /** The text of a 2.x body or description: its value, as markup when its contenttype says HTML. */
    private static String text(JsonNode entry) {
        String value = entry.path("value").asText("");
        String type = string(entry, "contenttype");
        return type != null && type.contains("html") ? HtmlText.toText(value) : HtmlText.normaliseParagraphs(value);
    }

    private static List<Subject> subjects(JsonNode item) {
        List<Subject> subjects = new ArrayList<>();
        for (String field : List.of("subjects", "subject")) {
            for (JsonNode subject : item.path(field)) {
                String code = subject.hasNonNull("uri") ? subject.get("uri").asText()
                    : subject.hasNonNull("code") ? prefixed(subject.path("scheme").asText(""), subject.get("code").asText())
                    : null;
                if (code != null) {
                    subjects.add(Subject.newBuilder().setCode(code).setName(subject.path("name").asText(null)).build());
                }
            }
        }
        return subjects;
    }

    private static String prefixed(String scheme, String code) {
        return scheme.isEmpty() || code.contains(":") ? code : scheme + ":" + code;
    }

    private static Instant instant(Dispatch.Builder dispatch, JsonNode item, String field) {
        return WireTimes.field(dispatch, field, string(item, field));
    }

    private static String string(JsonNode item, String field) {
        JsonNode value = field(item, field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    /**
     * A property by its ninjs 1.x and 2.x name ({@code versioncreated}) or, as ninjs 3.x spells it, in camel case
     * ({@code versionCreated}): names compared without case.
     */
    private static JsonNode field(JsonNode item, String name) {
        JsonNode exact = item.get(name);
        if (exact != null) {
            return exact;
        }
        for (var properties = item.fields(); properties.hasNext();) {
            var property = properties.next();
            if (property.getKey().equalsIgnoreCase(name)) {
                return property.getValue();
            }
        }
        return null;
    }
}
