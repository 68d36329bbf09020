package dev.addinreg.xml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Attribute;
import org.dom4j.Document;
import org.dom4j.Element;

/**
 * An XML file read the one way every file is read: its bytes decoded strictly ({@link XmlSource}), parsed
 * by dom4j with DOCTYPE refused, and each dom4j element mapped, by its place in document order, to where
 * its tags and values lie in the text ({@link XmlPositions}). dom4j says which element and attribute is
 * meant, namespaces and all; the positions say where to splice.
 */
public final class XmlFile {
    private final XmlSource source;
    private final Document document;
    private final XmlPositions positions;
    private final Map<Element, XmlPositions.Tag> tags;

    private XmlFile(XmlSource source, Document document, XmlPositions positions, Map<Element, XmlPositions.Tag> tags) {
        this.source = source;
        this.document = document;
        this.positions = positions;
        this.tags = tags;
    }

    /**
     * Reads the bytes of a file, or of a part of a package.
     *
     * @param name how messages name the file or part
     * @throws XmlFileException when the bytes are not the well-formed XML they should be
     */
    public static XmlFile parse(String name, byte[] bytes) throws XmlFileException {
        XmlSource source = XmlSource.decode(name, bytes);
        Document document = SecureXml.parse(source);
        XmlPositions positions = XmlPositions.of(source.text());
        List<Element> elements = inDocumentOrder(document.getRootElement());
        List<XmlPositions.Tag> found = positions.tags();
        if (elements.size() != found.size()) {
            throw new IllegalStateException(name + ": the parser read " + elements.size() + " elements where the text has "
                    + found.size());
        }
        Map<Element, XmlPositions.Tag> tags = new IdentityHashMap<>(elements.size() * 2);
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            XmlPositions.Tag tag = found.get(i);
            if (!element.getQualifiedName().equals(tag.name())) {
                throw new IllegalStateException(name + ": element " + (i + 1) + " is <" + element.getQualifiedName()
                        + "> to the parser and <" + tag.name() + "> in the text");
            }
            tags.put(element, tag);
        }
        return new XmlFile(source, document, positions, tags);
    }

    /**
     * Only the dom4j document of some bytes, with the same safety and messages as {@link #parse}: for reading
     * again what was just edited, whose positions are not needed.
     */
    public static Document document(String name, byte[] bytes) throws XmlFileException {
        return SecureXml.parse(name, bytes);
    }

    /** {@code root} and every element below it, in document order; iterative, so deep nesting cannot overflow the stack. */
    public static List<Element> inDocumentOrder(Element root) {
        List<Element> all = new ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element next = stack.pop();
            all.add(next);
            List<Element> children = next.elements();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return all;
    }

    /** How messages name the file. */
    public String name() {
        return source.name();
    }

    public XmlSource source() {
        return source;
    }

    public Document document() {
        return document;
    }

    public Element root() {
        return document.getRootElement();
    }

    public XmlPositions positions() {
        return positions;
    }

    /** Where an element of this file's document lies in its text. */
    public XmlPositions.Tag tag(Element element) {
        XmlPositions.Tag tag = tags.get(element);
        if (tag == null) {
            throw new IllegalArgumentException("the element <" + element.getQualifiedName() + "> is not of " + name());
        }
        return tag;
    }

    /** Where the value of an attribute of {@code element} lies; empty when the element has no such attribute. */
    public Optional<XmlPositions.Attribute> position(Element element, Attribute attribute) {
        return tag(element).attribute(attribute.getQualifiedName());
    }

    /** The 1-based line of an element's start tag. */
    public int line(Element element) {
        return positions.line(tag(element).start());
    }
}
