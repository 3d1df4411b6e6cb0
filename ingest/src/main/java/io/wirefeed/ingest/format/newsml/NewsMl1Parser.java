package io.wirefeed.ingest.format.newsml;

import static io.wirefeed.ingest.format.XmlDocuments.attribute;
import static io.wirefeed.ingest.format.XmlDocuments.child;
import static io.wirefeed.ingest.format.XmlDocuments.children;
import static io.wirefeed.ingest.format.XmlDocuments.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.wirefeed.ingest.format.Datelines;
import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.HtmlText;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.NitfStory;
import io.wirefeed.ingest.format.PackagedItems;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.VersionNumbers;
import io.wirefeed.ingest.format.WireTimes;
import io.wirefeed.ingest.format.XmlDocuments;
import io.wirefeed.schema.Dateline;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * IPTC NewsML 1.x, which AFP, ANSA, dpa, EFE and others still deliver as "NewsML": a {@code NewsML} document's
 * {@code NewsItem}s, each one dispatch. Its id is the {@code PublicIdentifier} (else provider, date and item id), its
 * version the {@code RevisionId}, its times and status {@code NewsManagement}'s; headline, dateline and slug come from
 * the first {@code NewsLines} of its components, the text from the first text {@code ContentItem}'s
 * {@code DataContent}: NITF (read as {@link NitfStory} reads it), XHTML, or text (HTML when its MIME type says so).
 * Pictures' components are left out.
 */
public final class NewsMl1Parser implements DispatchParser {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    @Override
    public SourceFormat format() {
        return SourceFormat.NEWSML_1;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        Element root = XmlDocuments.parse(document.bytes()).getDocumentElement();
        if (!"NewsML".equals(root.getLocalName())) {
            throw new InvalidDispatchException("Not NewsML 1.x: root element <" + root.getLocalName()
                + ">, expected <NewsML>");
        }
        List<Element> items = children(root, "NewsItem");
        if (items.isEmpty()) {
            throw new InvalidDispatchException("NewsML without a NewsItem");
        }
        String sha256 = document.sha256();
        return PackagedItems.read("NewsItem", items, (item, position) -> item(document.newDispatch(position, sha256),
            item));
    }

    private static Dispatch item(Dispatch.Builder dispatch, Element item) throws InvalidDispatchException {
        Element identifier = XmlDocuments.path(item, "Identification", "NewsIdentifier");
        String id = id(identifier);
        if (id != null) {
            dispatch.setId(id).setGuid(id);
        }
        Element management = child(item, "NewsManagement");
        Element lines = first(item, "NewsLines");
        Element story = textContent(item);
        Element data = story == null ? null : child(story, "DataContent");
        Element nitf = data == null ? null : first(data, "nitf");
        NitfStory nitfStory = nitf == null ? null : NitfStory.of(nitf);
        String headline = firstOf(text(lines, "HeadLine"), nitfStory == null ? null : nitfStory.headline());
        String written = text(lines, "DateLine");
        dispatch.setFormat(SourceFormat.NEWSML_1)
            .setVersion(VersionNumbers.read(dispatch, identifier == null ? null : text(identifier, "RevisionId")))
            .setFirstCreated(WireTimes.field(dispatch, "FirstCreated", text(management, "FirstCreated")))
            .setVersionCreated(WireTimes.field(dispatch, "ThisRevisionCreated", text(management, "ThisRevisionCreated")))
            .setPubStatus(NewsMlParser.pubStatus(formalName(management, "Status")))
            .setUrgency(NewsMlParser.urgency(formalName(management, "Urgency")))
            .setLanguage(language(item))
            .setSlugline(firstOf(text(lines, "SlugLine"), text(item, "Identification", "NameLabel")))
            .setHeadline(Objects.requireNonNullElse(headline, ""))
            .setDateline(written != null
                ? Dateline.newBuilder().setText(written).setPlace(Datelines.town(written)).build()
                : nitfStory == null ? null : nitfStory.dateline())
            .setBody(nitfStory != null ? nitfStory.body() : body(story, data));
        return DispatchCompletion.complete(dispatch, agency(item, lines, identifier));
    }

    /** The public identifier, else the provider, date and item id as NewsML's own URN writes them. */
    private static String id(Element identifier) {
        if (identifier == null) {
            return null;
        }
        String published = text(identifier, "PublicIdentifier");
        String itemId = text(identifier, "NewsItemId");
        return published != null || itemId == null ? published
            : "urn:newsml:" + text(identifier, "ProviderId") + ":" + text(identifier, "DateId") + ":" + itemId;
    }

    /** The provider's party, else the credit line, else the provider's domain, as packaging names the agency. */
    private static String agency(Element item, Element lines, Element identifier) {
        Element provider = first(item, "Provider");
        return firstOf(provider == null ? null : attribute(child(provider, "Party"), "FormalName"),
            text(lines, "CreditLine"), identifier == null ? null : text(identifier, "ProviderId"));
    }

    private static String language(Element item) {
        Element language = first(item, "Language");
        String named = language == null ? null : attribute(language, "FormalName");
        String lang = item.getAttributeNS(XML_NS, "lang");
        return named != null ? named : lang.isBlank() ? null : lang;
    }

    /** The first component's content item that is text (its MediaType says so, or says nothing) and has data. */
    private static Element textContent(Element item) {
        for (Element content : all(item, "ContentItem")) {
            String media = formalName(content, "MediaType");
            if ((media == null || media.equalsIgnoreCase("Text")) && child(content, "DataContent") != null) {
                return content;
            }
        }
        return null;
    }

    private static String body(Element content, Element data) {
        if (data == null) {
            return "";
        }
        if (firstElement(data) != null) {
            return HtmlText.toText(XmlDocuments.markup(data));  // XHTML, or markup of another kind
        }
        String mime = String.valueOf(formalName(content, "MimeType")).toLowerCase(Locale.ROOT);
        String text = data.getTextContent();
        return mime.contains("html") ? HtmlText.toText(text) : HtmlText.normaliseParagraphs(text);
    }

    private static String formalName(Element parent, String localName) {
        return parent == null ? null : attribute(child(parent, localName), "FormalName");
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The first element of that local name at any depth under {@code from} (document order), or null. */
    private static Element first(Element from, String localName) {
        List<Element> found = all(from, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The elements of that local name at any depth under {@code from}, in document order. */
    private static List<Element> all(Element from, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = from.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (localName.equals(element.getLocalName())) {
                    found.add(element);
                }
                found.addAll(all(element, localName));
            }
        }
        return found;
    }

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }
}
