package io.wirefeed.ingest.format;

import static io.wirefeed.ingest.format.XmlDocuments.text;

import io.wirefeed.schema.Dateline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The story of a NITF document, standing alone or inside NewsML: its headline ({@code body.head/hedline/hl1}, else
 * {@code head/title}), the dateline {@code body.head} writes (null when none) and the text of {@code body.content},
 * whose markup becomes clean paragraphs without a picture's caption.
 */
public record NitfStory(String headline, Dateline dateline, String body) {

    public static NitfStory of(Element nitf) {
        String hedline = text(nitf, "body", "body.head", "hedline", "hl1");
        return new NitfStory(hedline != null ? hedline : text(nitf, "head", "title"),
            dateline(XmlDocuments.path(nitf, "body", "body.head", "dateline")), body(nitf));
    }

    /** {@code body.content}'s text ({@code head} and {@code body.head} are no story text); the whole body without one. */
    private static String body(Element nitf) {
        Element content = XmlDocuments.path(nitf, "body", "body.content");
        return HtmlText.toText(XmlDocuments.markup(content != null ? content : nitf));
    }

    /**
     * The dateline as written ("NAIROBI, Aug 7 (Reuters)"), its parts spaced where NITF marks them up ({@code
     * <location><city>NAIROBI</city>...<story.date>}); the town its {@code city}, else what the text opens with.
     */
    private static Dateline dateline(Element dateline) {
        if (dateline == null) {
            return null;
        }
        StringBuilder written = new StringBuilder();
        spaced(dateline, written);
        String text = written.toString().replaceAll("\\s+", " ").replaceAll(" ([,.)])", "$1").replace("( ", "(")
            .strip();
        if (text.isEmpty()) {
            return null;
        }
        String city = text(dateline, "location", "city");
        return Dateline.newBuilder().setText(text).setPlace(city != null ? city : Datelines.town(text)).build();
    }

    private static void spaced(Node node, StringBuilder written) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                written.append(child.getNodeValue());
            } else {
                written.append(' ');
                spaced(child, written);
                written.append(' ');
            }
        }
    }
}
