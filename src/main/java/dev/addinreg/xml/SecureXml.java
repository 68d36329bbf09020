package dev.addinreg.xml;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.io.SAXReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads XML with dom4j, safely: a DOCTYPE is refused with a clear error (so no external entity, no
 * entity expansion, no external DTD), and no external resource is ever opened.
 */
final class SecureXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    /**
     * The JDK parser's limits on the text entities expand to, added up over a document. With DOCTYPE refused
     * the only entities are the five built-in ones ({@code &amp;} and the like), which expand to one character
     * each, so the limits guard against nothing here; but they would refuse a valid web.config full of
     * {@code &amp;} (JDK 24 sets the general one to 100,000 by default). Both are lifted.
     */
    private static final String[] ENTITY_SIZE_LIMITS = {
        "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit",
        "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit",
    };

    private SecureXml() {
    }

    /** Parses a file's bytes, as the parser would read the file itself. */
    static Document parse(XmlSource source) throws XmlFileException {
        return parse(source.name(), source.rawBytes());
    }

    /** Parses bytes, as the parser would read a file of them; {@code name} is how messages name it. */
    static Document parse(String name, byte[] bytes) throws XmlFileException {
        try {
            return newReader().read(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (DocumentException e) {
            throw translate(name, e);
        }
    }

    /**
     * A reader that refuses DOCTYPE declarations. {@code setFeature} throws where a parser does not
     * support the feature, so a parser that cannot refuse them is never used.
     */
    static SAXReader newReader() {
        SAXReader reader;
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            reader = new SAXReader(factory.newSAXParser().getXMLReader());
            reader.setFeature(DISALLOW_DOCTYPE, true);
            reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
            reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            reader.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader xml = reader.getXMLReader();
            for (String limit : ENTITY_SIZE_LIMITS) {
                try {
                    xml.setProperty(limit, "0");
                } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
                    // a parser other than the JDK's has no such limits
                }
            }
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot refuse DOCTYPE declarations: " + e.getMessage(), e);
        }
        reader.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("an external entity (" + systemId + ") was refused");
        });
        reader.setIncludeExternalDTDDeclarations(false);
        reader.setIncludeInternalDTDDeclarations(false);
        reader.setMergeAdjacentText(true);
        return reader;
    }

    private static XmlFileException translate(String name, DocumentException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        int line = -1;
        int column = -1;
        if (cause instanceof SAXParseException parse) {
            line = parse.getLineNumber();
            column = parse.getColumnNumber();
        }
        String message = cause.getMessage() == null ? e.getMessage() : cause.getMessage();
        if (message != null && message.endsWith(".")) {
            // the parser's sentence ends in a period; the problem's own sentence adds one
            message = message.substring(0, message.length() - 1);
        }
        if (message != null && message.contains("DOCTYPE")) {
            return new XmlFileException(name, line, column,
                    "the file has a DOCTYPE declaration, which is refused: it can expand entities or read other files",
                    "remove the <!DOCTYPE ...> declaration; add-in files never need one", null);
        }
        if (line < 0) {
            return new XmlFileException(name, -1, -1, "the file cannot be read as XML (" + message + ")",
                    "check the file is complete, well-formed XML", null);
        }
        return new XmlFileException(name, line, column, "the file is not well-formed XML: " + message,
                "correct the markup at that position (a missing end tag, quote or '>' is the usual cause)", null);
    }
}
