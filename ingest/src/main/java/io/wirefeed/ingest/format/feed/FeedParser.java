package io.wirefeed.ingest.format.feed;

import static io.wirefeed.ingest.format.XmlDocuments.attribute;
import static io.wirefeed.ingest.format.XmlDocuments.child;
import static io.wirefeed.ingest.format.XmlDocuments.children;
import static io.wirefeed.ingest.format.XmlDocuments.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.wirefeed.ingest.format.DispatchCompletion;
import io.wirefeed.ingest.format.DispatchParser;
import io.wirefeed.ingest.format.HtmlText;
import io.wirefeed.ingest.format.InvalidDispatchException;
import io.wirefeed.ingest.format.PackagedItems;
import io.wirefeed.ingest.format.RawDocument;
import io.wirefeed.ingest.format.WireTimes;
import io.wirefeed.ingest.format.XmlDocuments;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SourceFormat;
import io.wirefeed.schema.Subject;
import org.w3c.dom.Element;

/**
 * RSS 2.0 (and RSS 1.0 RDF) items and Atom entries, each a dispatch: the item's guid or link (the entry's id)
 * is its id, the feed's title its agency, {@code content:encoded} or the description (the entry's content or
 * summary) its body. A feed without items is valid and holds no dispatch.
 */
public final class FeedParser implements DispatchParser {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    @Override
    public SourceFormat format() {
        return SourceFormat.RSS;
    }

    @Override
    public List<Dispatch> parse(RawDocument document) throws InvalidDispatchException {
        Element root = XmlDocuments.parse(document.bytes()).getDocumentElement();
        return switch (root.getLocalName()) {
            case "rss" -> {
                Element channel = child(root, "channel");
                if (channel == null) {
                    throw new InvalidDispatchException("RSS without a <channel>");
                }
                yield rssItems(document, channel, children(channel, "item"));
            }
            case "RDF" -> rssItems(document, child(root, "channel"), children(root, "item"));
            case "feed" -> atomEntries(document, root, children(root, "entry"));
            // RFC 4287's Entry Document: push and AtomPub deliveries send one entry per file.
            case "entry" -> atomEntries(document, null, List.of(root));
            default -> throw new InvalidDispatchException("Not RSS or Atom: root element <" + root.getLocalName() + ">");
        };
    }

    private static List<Dispatch> rssItems(RawDocument document, Element channel, List<Element> items)
            throws InvalidDispatchException {
        String agency = channel == null ? null : withoutSection(text(channel, "title"));
        String language = channel == null ? null : text(channel, "language");
        String sha256 = document.sha256();
        return PackagedItems.read("RSS item", items, (item, position) -> {
            String id = firstOf(text(item, "guid"), text(item, "link"), attribute(item, "about"));
            String encoded = text(item, "encoded");
            String dateField = text(item, "pubDate") != null ? "pubDate" : "date";
            Dispatch.Builder dispatch = document.newDispatch(position, sha256)
                .setGuid(id).setFormat(SourceFormat.RSS)
                .setLanguage(firstOf(text(item, "language"), language))
                .setHeadline(text(item, "title") == null ? "" : HtmlText.toText(text(item, "title")))
                .setBody(body(firstOf(encoded, rawText(item, "description"))))
                .setSubjects(subjects(item, "category"));
            dispatch.setVersionCreated(WireTimes.field(dispatch, dateField, text(item, dateField)));
            if (id != null) {
                dispatch.setId(id);
            }
            return DispatchCompletion.complete(dispatch, firstOf(text(item, "source"), agency));
        });
    }

    private static List<Dispatch> atomEntries(RawDocument document, Element feed, List<Element> entries)
            throws InvalidDispatchException {
        String agency = feed == null ? null : firstOf(text(feed, "author", "name"), withoutSection(text(feed, "title")));
        String feedLanguage = feed == null ? null : firstOf(feed.getAttributeNS(XML_NS, "lang"));
        String sha256 = document.sha256();
        return PackagedItems.read("Atom entry", entries, (entry, position) -> {
            String id = text(entry, "id");
            // Content given by reference (src) is not here to read: the summary is its text (RFC 4287, 4.1.1.1).
            Element inline = child(entry, "content");
            Element content = firstElement(inline != null && inline.hasAttribute("src") ? null : inline,
                child(entry, "summary"));
            String language = entry.getAttributeNS(XML_NS, "lang");
            Dispatch.Builder dispatch = document.newDispatch(position, sha256)
                .setGuid(id).setFormat(SourceFormat.ATOM)
                .setLanguage(firstOf(language, feedLanguage))
                .setHeadline(atomText(child(entry, "title")))
                .setBody(atomText(content))
                .setSubjects(atomCategories(entry));
            dispatch.setVersionCreated(WireTimes.field(dispatch, "updated", text(entry, "updated")))
                .setFirstCreated(WireTimes.field(dispatch, "published", text(entry, "published")));
            if (id != null) {
                dispatch.setId(id);
            }
            return DispatchCompletion.complete(dispatch, firstOf(text(entry, "author", "name"), agency));
        });
    }

    /**
     * An item's text: markup when it has any, else plain text, whose line breaks may be its paragraphs; none for an
     * item without any (a flash is often its headline alone).
     */
    private static String body(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf('<') < 0 && ESCAPED_TAG.matcher(text).find()) {
            // "&lt;p&gt;DAVAO CITY...": markup escaped once more than RSS asks, as some CMSs send it
            return HtmlText.toText(HtmlText.toText(text));
        }
        return text.indexOf('<') >= 0 ? HtmlText.toText(text) : HtmlText.normaliseParagraphs(text);
    }

    /** A block tag still escaped after the feed's own escaping was read: {@code &lt;p&gt;}, {@code &lt;br /&gt;}. */
    private static final Pattern ESCAPED_TAG = Pattern.compile("(?i)&lt;/?(?:p|br|div|b|i|em|strong|a|span)\\b[^&]{0,200}&gt;");

    /** Atom text constructs: text, html (escaped markup) or xhtml (inline markup). */
    private static String atomText(Element element) {
        if (element == null) {
            return "";
        }
        // RFC 4287 names text, html and xhtml; feeds also write MIME types ("text/html", "application/xhtml+xml").
        String type = String.valueOf(attribute(element, "type"));
        if (type.contains("xhtml")) {
            return HtmlText.toText(XmlDocuments.markup(element));
        }
        if (type.contains("html")) {
            return HtmlText.toText(element.getTextContent());
        }
        return HtmlText.normaliseParagraphs(element.getTextContent());
    }

    private static List<Subject> atomCategories(Element entry) {
        List<Subject> subjects = new ArrayList<>();
        for (Element category : children(entry, "category")) {
            String term = attribute(category, "term");
            if (term != null) {
                String scheme = attribute(category, "scheme");
                subjects.add(Subject.newBuilder().setCode(scheme == null ? "category:" + term : term)
                    .setName(attribute(category, "label")).build());
            }
        }
        return subjects;
    }

    private static List<Subject> subjects(Element item, String name) {
        List<Subject> subjects = new ArrayList<>();
        for (Element category : children(item, name)) {
            String term = category.getTextContent().trim();
            if (!term.isEmpty()) {
                subjects.add(Subject.newBuilder().setCode("category:" + term).setName(term).build());
            }
        }
        return subjects;
    }

    private static String rawText(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent();
    }

    /** A feed's title without the section agencies name after it: "PTI - National" is PTI's. */
    private static String withoutSection(String title) {
        return title == null ? null : title.split(" [-–|:] ", 2)[0].strip();
    }

    private static Element firstElement(Element first, Element second) {
        return first != null ? first : second;
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
