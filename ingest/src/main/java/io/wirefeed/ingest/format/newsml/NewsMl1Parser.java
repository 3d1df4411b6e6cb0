package io.wirefeed.ingest.format.newsml;

import static io.wirefeed.ingest.format.XmlDocuments.attribute;
import static io.wirefeed.ingest.format.XmlDocuments.child;
import static io.wirefeed.ingest.format.XmlDocuments.children;
import static io.wirefeed.ingest.format.XmlDocuments.text;

import java.time.Instant;
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
import io.wirefeed.schema.PubStatus;
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
            dispatch.setId(id).setGuid(firstOf(text(identifier, "PublicIdentifier"), id));
        }
        Element management = child(item, "NewsManagement");
        Element lines = newsLines(item);
        Element story = textContent(item);
        Element data = story == null ? null : child(story, "DataContent");
        Element nitf = data == null ? null : XmlDocuments.descendant(data, "nitf");
        NitfStory nitfStory = nitf == null ? null : NitfStory.of(nitf);
        String headline = firstOf(text(lines, "HeadLine"), nitfStory == null ? null : nitfStory.headline());
        String written = text(lines, "DateLine");
        dispatch.setFormat(SourceFormat.NEWSML_1)
            .setVersion(VersionNumbers.read(dispatch, identifier == null ? null : text(identifier, "RevisionId")))
            .setFirstCreated(WireTimes.field(dispatch, "FirstCreated", text(management, "FirstCreated")))
            .setVersionCreated(WireTimes.field(dispatch, "ThisRevisionCreated", text(management, "ThisRevisionCreated")))
            .setPubStatus(status(management))
            .setEmbargoedUntil(embargo(dispatch, management))
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

    /**
     * The story's id: provider, date and item id as NewsML's URN writes them but without the revision its public
     * identifier ends with, so that every revision of the story (its update, its kill) has the same id; the public
     * identifier itself when there is no item id.
     */
    private static String id(Element identifier) {
        if (identifier == null) {
            return null;
        }
        String itemId = text(identifier, "NewsItemId");
        if (itemId == null) {
            return text(identifier, "PublicIdentifier");
        }
        StringBuilder id = new StringBuilder("urn:newsml");
        for (String part : new String[] {text(identifier, "ProviderId"), text(identifier, "DateId"), itemId}) {
            if (part != null) {
                id.append(':').append(part);
            }
        }
        return id.toString();
    }

    /**
     * NewsML 1's Status: Embargoed is usable once its StatusWillChange time comes (the embargo), withheld when no time
     * is given; Usable, Withheld and Canceled as NewsML-G2's.
     */
    private static PubStatus status(Element management) {
        String status = formalName(management, "Status");
        if ("Embargoed".equalsIgnoreCase(status)) {
            return embargoTime(management) != null ? PubStatus.USABLE : PubStatus.WITHHELD;
        }
        return NewsMlParser.pubStatus(status);
    }

    private static Instant embargo(Dispatch.Builder dispatch, Element management) {
        String status = formalName(management, "Status");
        return "Embargoed".equalsIgnoreCase(status)
            ? WireTimes.field(dispatch, "StatusWillChange", embargoTime(management)) : null;
    }

    private static String embargoTime(Element management) {
        return text(management, "StatusWillChange", "DateAndTime");
    }

    /** The provider's party, else the credit line, else the provider's domain, as packaging names the agency. */
    private static String agency(Element item, Element lines, Element identifier) {
        Element provider = XmlDocuments.descendant(item, "Provider");
        return firstOf(provider == null ? null : attribute(child(provider, "Party"), "FormalName"),
            text(lines, "CreditLine"), identifier == null ? null : text(identifier, "ProviderId"));
    }

    private static String language(Element item) {
        Element language = XmlDocuments.descendant(item, "Language");
        String named = language == null ? null : attribute(language, "FormalName");
        String lang = item.getAttributeNS(XmlDocuments.XML_NS, "lang");
        return named != null ? named : lang.isBlank() ? null : lang;
    }

    /** The NewsLines of the item's own component, else of the first component that is no picture's. */
    private static Element newsLines(Element item) {
        Element own = XmlDocuments.path(item, "NewsComponent", "NewsLines");
        if (own != null) {
            return own;
        }
        for (Element lines : XmlDocuments.descendants(item, "NewsLines")) {
            if (!ofAPicture(lines)) {
                return lines;
            }
        }
        return null;
    }

    /**
     * The first content item that is text (its MediaType says so, or says nothing) with data that is not empty, in a
     * component that is no picture's (a photo's caption is text too).
     */
    private static Element textContent(Element item) {
        for (Element content : XmlDocuments.descendants(item, "ContentItem")) {
            String media = formalName(content, "MediaType");
            Element data = child(content, "DataContent");
            if ((media == null || media.equalsIgnoreCase("Text")) && data != null && !data.getTextContent().isBlank()
                    && !ofAPicture(content)) {
                return content;
            }
        }
        return null;
    }

    /** Whether the element's component carries a picture, graphic, video or audio, or plays a caption's role. */
    private static boolean ofAPicture(Element element) {
        Node parent = element.getParentNode();
        if (!(parent instanceof Element component) || !"NewsComponent".equals(component.getLocalName())) {
            return false;
        }
        String role = formalName(component, "Role");
        if (role != null && role.toLowerCase(Locale.ROOT).contains("caption")) {
            return true;
        }
        for (Element content : XmlDocuments.children(component, "ContentItem")) {
            String media = formalName(content, "MediaType");
            if (media != null && !media.equalsIgnoreCase("Text")) {
                return true;
            }
        }
        return false;
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
        // markup escaped in the data: HTML, or NITF as text/vnd.IPTC.NITF names it
        return mime.contains("html") || mime.contains("nitf") || mime.contains("xml") ? HtmlText.toText(text)
            : HtmlText.normaliseParagraphs(text);
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

    private static Element firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        return null;
    }
}
