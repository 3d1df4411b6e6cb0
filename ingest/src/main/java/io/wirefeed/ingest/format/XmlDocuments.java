package io.wirefeed.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSSerializer;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from untrusted senders. DOCTYPE declarations are refused outright, which closes external
 * entities (XXE), external DTDs and entity-expansion bombs at once; element depth is bounded. A DOCTYPE that only
 * names its DTD ({@code <!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.4//EN" "...">}, as NITF and NewsML 1.x copy opens)
 * declares nothing and is read as white space; one with an internal subset ({@code [...]}) is refused. Without an
 * encoding declaration, bytes that are not UTF-8 are read as Windows-1252.
 */
public final class XmlDocuments {

    private static final int MAX_ELEMENT_DEPTH = 256;
    private static final Pattern ENCODING_DECLARATION =
        Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=", Pattern.CASE_INSENSITIVE);
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(XmlDocuments::newBuilder);

    private XmlDocuments() {
    }

    public static Document parse(byte[] document) throws InvalidDispatchException {
        byte[] bytes = withoutBareDoctype(document);
        InputSource input;
        String prolog = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        if (TextDecoding.wideUnicode(bytes).isPresent()) {
            // Read as characters: the parser then ignores an encoding declaration it could not have read anyway.
            input = new InputSource(new StringReader(TextDecoding.decode(bytes, null)));
        } else if (!ENCODING_DECLARATION.matcher(prolog).find() && !TextDecoding.isUtf8(bytes)) {
            input = new InputSource(new StringReader(TextDecoding.decode(bytes, TextDecoding.WINDOWS_1252)));
        } else {
            input = new InputSource(new ByteArrayInputStream(bytes));
        }
        DocumentBuilder builder = BUILDERS.get();
        try {
            return builder.parse(input);
        } catch (SAXParseException e) {
            throw new InvalidDispatchException(describe(e), e);
        } catch (SAXException e) {
            throw new InvalidDispatchException("Malformed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidDispatchException("Unreadable XML: " + e.getMessage(), e);
        } finally {
            builder.reset();
        }
    }

    /** How far into a document a DOCTYPE is looked for: it stands in the prolog, before the root element. */
    private static final int PROLOG_LIMIT = 2048;
    /** An element's opening tag: a DOCTYPE after one is not in the prolog. */
    private static final Pattern ELEMENT_START = Pattern.compile("<\\p{Alpha}");

    /**
     * The document with a DOCTYPE that only names its DTD blanked out (the DTD is never loaded either way); as given
     * when it has none, or one with an internal subset, which the parser then refuses.
     */
    private static byte[] withoutBareDoctype(byte[] bytes) {
        String prolog = new String(bytes, 0, Math.min(bytes.length, PROLOG_LIMIT), StandardCharsets.ISO_8859_1);
        int start = prolog.indexOf("<!DOCTYPE");
        int end = start < 0 ? -1 : prolog.indexOf('>', start);
        boolean inProlog = start >= 0 && !ELEMENT_START.matcher(prolog.substring(0, start)).find();
        if (!inProlog || end < 0 || prolog.substring(start, end).indexOf('[') >= 0) {
            return bytes;
        }
        byte[] blanked = bytes.clone();
        Arrays.fill(blanked, start, end + 1, (byte) ' ');
        return blanked;
    }

    private static String describe(SAXParseException e) {
        String message = e.getMessage() == null ? "malformed" : e.getMessage();
        if (message.contains("DOCTYPE")) {
            message = "DOCTYPE declarations are not accepted (they allow external entities and entity expansion)";
        } else if (message.contains("maxElementDepth") || message.contains("ElementDepth")) {
            message = "elements nested deeper than " + MAX_ELEMENT_DEPTH;
        }
        return "Malformed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + message;
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_ELEMENT_DEPTH);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {
                    // warnings do not stop a document
                }

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    throw exception;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a required security feature", e);
        }
    }

    // Navigation over namespace-aware DOM by local name: wire formats mix namespaces and prefixes freely.

    /** The namespace of {@code xml:lang}. */
    public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** The elements of that local name at any depth under {@code from}, in document order (none under a null). */
    public static List<Element> descendants(Element from, String localName) {
        List<Element> found = new ArrayList<>();
        if (from != null) {
            collect(from, localName, found);
        }
        return found;
    }

    /** The first element of that local name at any depth under {@code from} (document order), or null. */
    public static Element descendant(Element from, String localName) {
        List<Element> found = descendants(from, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static void collect(Element from, String localName, List<Element> found) {
        for (Node node = from.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (localName.equals(element.getLocalName())) {
                    found.add(element);
                }
                collect(element, localName, found);
            }
        }
    }

    /** The child elements of {@code parent} with the given local name, in document order. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The first child element with the given local name, or null. */
    public static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    /** The element at the end of a path of local names, or null when any step is missing. */
    public static Element path(Element from, String... localNames) {
        Element current = from;
        for (String name : localNames) {
            if (current == null) {
                return null;
            }
            current = child(current, name);
        }
        return current;
    }

    /** The trimmed text of the element at the path, or null when it is missing or empty. */
    public static String text(Element from, String... localNames) {
        Element element = path(from, localNames);
        if (element == null) {
            return null;
        }
        String text = element.getTextContent().trim().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }

    /** The attribute's value, or null when it is absent or empty. */
    public static String attribute(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.getAttribute(name).trim();
        return value.isEmpty() ? null : value;
    }

    /**
     * The markup an element holds (its children, serialised as XML), for the readers of markup inside an XML
     * document: NewsML-G2's inlineXML, Atom's xhtml content.
     */
    public static String markup(Element container) {
        LSSerializer serializer = ((DOMImplementationLS) container.getOwnerDocument().getImplementation())
            .createLSSerializer();
        serializer.getDomConfig().setParameter("xml-declaration", false);
        StringBuilder markup = new StringBuilder();
        for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
            markup.append(serializer.writeToString(node));
        }
        return markup.toString();
    }
}
