package dev.addinreg.xml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dom4j.Document;

/**
 * A file read three ways: its bytes and text ({@link XmlSource}), checked by dom4j ({@link Document}),
 * and mapped by position ({@link XmlTree}).
 *
 * @param source the bytes and text
 * @param document the dom4j document; {@code null} when read by {@link #readOutline}
 * @param tree the positions of tags and values
 */
public record ParsedXml(XmlSource source, Document document, XmlTree tree) {
    /** From this size on, {@link #readOutline} checks a file on two threads ({@link CheckInTwo}) while it maps it. */
    static final int CHECK_BESIDE_FROM = 1 << 20;

    /**
     * Reads and checks {@code file}.
     *
     * @param name how messages name the file
     * @throws XmlFileException when the file is not the well-formed XML it should be
     * @throws IOException when the file cannot be read
     */
    public static ParsedXml read(Path file, String name) throws IOException, XmlFileException {
        return of(name, Files.readAllBytes(file));
    }

    /**
     * Checks the bytes of a file, or of a part of a package.
     *
     * @param name how messages name the file or part
     * @throws XmlFileException when the bytes are not the well-formed XML they should be
     */
    public static ParsedXml of(String name, byte[] bytes) throws XmlFileException {
        XmlSource source = XmlSource.decode(name, bytes);
        Document document = SecureXml.parse(source);
        return new ParsedXml(source, document, XmlTree.of(source.text()));
    }

    /**
     * Checks the bytes of a file or part as {@link #of} does, with the same messages, but builds no dom4j
     * document ({@link #document()} is {@code null}): for a file whose positions are all an edit needs.
     */
    public static ParsedXml check(String name, byte[] bytes) throws XmlFileException {
        XmlSource source = XmlSource.decode(name, bytes);
        SecureXml.check(source);
        return new ParsedXml(source, null, XmlTree.of(source.text()));
    }

    /**
     * Reads and checks {@code file} as {@link #read(Path, String)} does, with the same messages, but for
     * editing a file that may be large: no dom4j document is built ({@link #document()} is {@code null}),
     * the parser only streams through the bytes, and the tree is the {@link XmlTree#outline outline} that
     * keeps the subtree of the elements named {@code subtree}.
     */
    public static ParsedXml readOutline(Path file, String name, String subtree) throws IOException, XmlFileException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < CHECK_BESIDE_FROM) {
            XmlSource source = XmlSource.decode(name, bytes);
            SecureXml.check(source);
            return new ParsedXml(source, null, XmlTree.outline(source.text(), subtree));
        }
        // a large file: the parser's check, the longest pass, starts on its own thread while this one decodes the
        // text and scans its outline, then the two threads share the rest of the check (CheckInTwo); the messages
        // are those of the one-thread order (decoding, check, outline)
        CheckInTwo check = CheckInTwo.start(name, bytes);
        XmlSource source;
        try {
            source = XmlSource.decode(name, bytes);
        } catch (XmlFileException e) {
            check.cancel();
            throw e;
        }
        XmlTree tree = null;
        RuntimeException outlineFailure = null;
        try {
            tree = XmlTree.outline(source.text(), subtree);
        } catch (RuntimeException e) {
            // text the parser refuses: its message is the one to report
            outlineFailure = e;
        }
        check.finish(source, tree);
        if (outlineFailure != null) {
            throw outlineFailure;
        }
        return new ParsedXml(source, null, tree);
    }

    /** The unescaped value of an attribute of this file. */
    public String value(XmlTree.Attribute attribute) {
        return XmlText.unescape(tree.text().substring(attribute.valueStart(), attribute.valueEnd()));
    }

    /** The unescaped text content directly inside an element (its text runs joined). */
    public String text(XmlTree.Element element) {
        StringBuilder out = new StringBuilder();
        for (XmlTree.TextRun run : element.text()) {
            String raw = tree.text().substring(run.start(), run.end());
            out.append(run.cdata() ? raw : XmlText.unescape(raw));
        }
        return out.toString();
    }

    /** The 1-based line of an element's start tag. */
    public int line(XmlTree.Element element) {
        return tree.line(element.start());
    }
}
