package io.wirefeed.ingest.format;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Markup (HTML, XHTML, NITF) to clean text: tags dropped, entities decoded, white space folded, and each block
 * (paragraph, heading, list item, NITF block) its own paragraph, separated by one blank line.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "hl1", "hl2", "block", "blockquote", "tr", "pre", "section", "article", "header", "footer", "dd", "dt",
        "ul", "ol", "table", "figure", "figcaption");
    /**
     * Not text of the story: scripts and styles, NITF's head and body.head (a repeat of the headline), and a figure's
     * caption (a picture's, which a feed puts before the story's dateline), as NITF's media block holds it.
     */
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "noscript", "template",
        "body.head", "body.end", "figcaption", "media");

    private HtmlText() {
    }

    public static String toText(String markup) {
        StringBuilder text = new StringBuilder(markup.length());
        StringBuilder paragraph = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipping;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && SKIPPED.contains(localName(element))) {
                    skipping++;
                } else if (skipping == 0 && node instanceof TextNode textNode) {
                    paragraph.append(textNode.getWholeText());
                } else if (skipping == 0 && node instanceof Element element && BLOCKS.contains(localName(element))) {
                    flush(text, paragraph);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && SKIPPED.contains(localName(element))) {
                    skipping--;
                } else if (skipping == 0 && node instanceof Element element && BLOCKS.contains(localName(element))) {
                    flush(text, paragraph);
                }
            }
        }, Jsoup.parseBodyFragment(markup).body());
        flush(text, paragraph);
        return text.toString();
    }

    /**
     * Plain text with its paragraphs (blank-line separated, or a line each where the text is written so: see
     * {@link PlainParagraphs}) normalised the same way.
     */
    public static String normaliseParagraphs(String plain) {
        StringBuilder text = new StringBuilder(plain.length());
        for (String block : plain.split("\\n\\s*\\n|\\r\\n\\s*\\r\\n")) {
            for (String paragraph : PlainParagraphs.of(block)) {
                flush(text, new StringBuilder(paragraph));
            }
        }
        return text.toString();
    }

    /** An element's name without its namespace prefix: {@code h:p} and {@code nitf:p} are paragraphs too. */
    private static String localName(Element element) {
        String name = element.normalName();
        return name.substring(name.indexOf(':') + 1);
    }

    private static void flush(StringBuilder text, StringBuilder paragraph) {
        String folded = paragraph.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
        paragraph.setLength(0);
        if (folded.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        text.append(folded);
    }
}
