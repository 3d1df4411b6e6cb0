package io.wirefeed.ingest.format.newsml;

import static io.wirefeed.ingest.format.XmlDocuments.attribute;
import static io.wirefeed.ingest.format.XmlDocuments.child;
import static io.wirefeed.ingest.format.XmlDocuments.children;
import static io.wirefeed.ingest.format.XmlDocuments.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.wirefeed.ingest.format.Datelines;
import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.HtmlText;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.PackagedItems;
import io.wirefeed.ingest.format.ParseWarning;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireTimes;
import io.wirefeed.ingest.format.VersionNumbers;
import io.wirefeed.ingest.format.XmlDocuments;
import io.wirefeed.schema.Dateline;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.Signal;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;
import org.w3c.dom.Element;

/**
 * IPTC NewsML-G2: a {@code newsItem}, or a {@code newsMessage} whose {@code itemSet} holds several. Text comes
 * from {@code inlineXML} (XHTML or NITF) or {@code inlineData}.
 */
public final class NewsMlParser implements DispatchParser {

    private static final Pattern DOMAIN = Pattern.compile("(?i)(?:[a-z0-9-]+\\.)+[a-z]{2,}");

    @Override
    public SourceFormat format() {
        return SourceFormat.NEWSML_G2;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        Element root = XmlDocuments.parse(document.bytes()).getDocumentElement();
        List<Element> items = switch (root.getLocalName()) {
            case "newsItem" -> List.of(root);
            case "newsMessage" -> {
                Element itemSet = child(root, "itemSet");
                yield itemSet == null ? List.of() : children(itemSet, "newsItem");
            }
            default -> throw new InvalidDispatchException("Not NewsML-G2: root element <" + root.getLocalName()
                + ">, expected <newsItem> or <newsMessage>");
        };
        if (items.isEmpty()) {
            throw new InvalidDispatchException("NewsML-G2 newsMessage without a newsItem in its itemSet");
        }
        // A story's pictures, graphics and video travel beside it in one message: the story is the dispatch. A message
        // of nothing else is read, its captions for text.
        List<Element> stories = items.stream().filter(item -> !media(item)).toList();
        items = stories.isEmpty() ? items : stories;
        String sha256 = document.sha256();
        return PackagedItems.read("newsItem", items, (item, position) -> item(document.newDispatch(position, sha256),
            item));
    }

    private static Dispatch item(Dispatch.Builder dispatch, Element item) throws InvalidDispatchException {
        String guid = attribute(item, "guid");
        if (guid == null) {
            throw new InvalidDispatchException("newsItem without a guid attribute");
        }
        Element itemMeta = child(item, "itemMeta");
        Element contentMeta = child(item, "contentMeta");
        // A provider named by its web domain ("reuters.com") is the site that packaged the item: the dateline's
        // agency comes first, the domain only when the dateline names none.
        String provider = provider(itemMeta);
        boolean domain = DOMAIN.matcher(provider).matches();
        dispatch.setId(guid).setGuid(guid).setFormat(SourceFormat.NEWSML_G2)
            .setVersion(VersionNumbers.read(dispatch, attribute(item, "version")))
            .setAgency(domain ? DispatchCompletion.UNKNOWN_AGENCY : provider)
            .setPubStatus(pubStatus(itemMeta == null ? null : attribute(child(itemMeta, "pubStatus"), "qcode")))
            .setSignals(signals(itemMeta));
        if (itemMeta != null) {
            dispatch.setVersionCreated(instant(dispatch, itemMeta, "versionCreated"))
                .setFirstCreated(instant(dispatch, itemMeta, "firstCreated"))
                .setEmbargoedUntil(instant(dispatch, itemMeta, "embargoed"));
        }
        String language = item.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        if (contentMeta != null) {
            dispatch.setUrgency(urgency(text(contentMeta, "urgency")))
                .setSlugline(text(contentMeta, "slugline"))
                .setHeadline(Objects.requireNonNullElse(text(contentMeta, "headline"), ""))
                .setDateline(dateline(contentMeta))
                .setSubjects(subjects(contentMeta));
            String declared = attribute(child(contentMeta, "language"), "tag");
            language = declared != null ? declared : language;
        }
        String body = body(child(item, "contentSet"));
        Element summary = contentMeta == null ? null : child(contentMeta, "description");
        if (body.isBlank() && summary != null && !summary.getTextContent().isBlank()) {
            // Content sent by reference (remoteContent) or not at all: the description is the text there is.
            ParseWarning.BODY_FROM_SUMMARY.record(dispatch, "no body text; description read instead");
            body = HtmlText.normaliseParagraphs(summary.getTextContent());
        }
        dispatch.setLanguage(language == null || language.isBlank() ? null : language).setBody(body);
        return DispatchCompletion.complete(dispatch, domain ? provider : null);
    }

    /** Whether the item is a picture, graphic, video or audio rather than text ({@code ninat:picture}). */
    private static boolean media(Element item) {
        Element itemMeta = child(item, "itemMeta");
        String itemClass = itemMeta == null ? null : attribute(child(itemMeta, "itemClass"), "qcode");
        return itemClass != null
            && MEDIA_CLASSES.contains(itemClass.substring(itemClass.indexOf(':') + 1).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> MEDIA_CLASSES = Set.of("picture", "graphic", "video", "audio", "interactive");

    private static String provider(Element itemMeta) {
        Element provider = itemMeta == null ? null : child(itemMeta, "provider");
        if (provider == null) {
            return DispatchCompletion.UNKNOWN_AGENCY;
        }
        String name = text(provider, "name");
        if (name != null) {
            return name;
        }
        String literal = attribute(provider, "literal");
        if (literal != null) {
            return literal;
        }
        String qcode = attribute(provider, "qcode");
        return qcode == null ? DispatchCompletion.UNKNOWN_AGENCY : qcode.substring(qcode.indexOf(':') + 1);
    }

    public static PubStatus pubStatus(String qcode) {
        if (qcode == null) {
            return PubStatus.USABLE;
        }
        return switch (qcode.substring(qcode.indexOf(':') + 1).toLowerCase(Locale.ROOT)) {
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> PubStatus.USABLE;
        };
    }

    private static List<Signal> signals(Element itemMeta) {
        List<Signal> signals = new ArrayList<>();
        if (itemMeta == null) {
            return signals;
        }
        for (Element signal : children(itemMeta, "signal")) {
            String qcode = String.valueOf(attribute(signal, "qcode")).toLowerCase(Locale.ROOT);
            Signal mapped = qcode.endsWith(":update") ? Signal.UPDATE
                : qcode.endsWith(":correction") ? Signal.CORRECTION
                : qcode.endsWith(":kill") ? Signal.KILL
                : qcode.endsWith(":writethru") ? Signal.WRITETHRU
                : null;
            if (mapped != null && !signals.contains(mapped)) {
                signals.add(mapped);
            }
        }
        return signals;
    }

    static Integer urgency(String value) {
        if (value == null) {
            return null;
        }
        try {
            int urgency = Integer.parseInt(value);
            return urgency >= 1 && urgency <= 9 ? urgency : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Dateline dateline(Element contentMeta) {
        String written = text(contentMeta, "dateline");
        String located = text(contentMeta, "located", "name");
        if (written == null && located == null) {
            return null;
        }
        String place = written != null ? Datelines.town(written) : located;
        return Dateline.newBuilder().setText(written != null ? written : located).setPlace(place).build();
    }

    private static List<Subject> subjects(Element contentMeta) {
        List<Subject> subjects = new ArrayList<>();
        for (Element subject : children(contentMeta, "subject")) {
            String qcode = attribute(subject, "qcode");
            if (qcode != null) {
                subjects.add(Subject.newBuilder().setCode(qcode).setName(text(subject, "name")).build());
            }
        }
        return subjects;
    }

    private static Instant instant(Dispatch.Builder dispatch, Element itemMeta, String field) {
        return WireTimes.field(dispatch, field, text(itemMeta, field));
    }

    private static String body(Element contentSet) {
        if (contentSet == null) {
            return "";
        }
        Element inlineXml = child(contentSet, "inlineXML");
        if (inlineXml != null) {
            return HtmlText.toText(XmlDocuments.markup(inlineXml));
        }
        Element inlineData = child(contentSet, "inlineData");
        if (inlineData == null) {
            return "";
        }
        // Escaped markup: inlineData's text is the HTML its contenttype names.
        return String.valueOf(attribute(inlineData, "contenttype")).contains("html")
            ? HtmlText.toText(inlineData.getTextContent()) : HtmlText.normaliseParagraphs(inlineData.getTextContent());
    }
}
