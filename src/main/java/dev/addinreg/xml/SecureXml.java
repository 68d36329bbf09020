package dev.addinreg.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;

import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.io.SAXReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XML with dom4j, safely: a DOCTYPE is refused with a clear error (so no external entity, no
 * entity expansion, no external DTD), and no external resource is ever opened.
 */
public final class SecureXml {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
    private static final DefaultHandler2 NO_HANDLER = new DefaultHandler2();
    /**
     * The JDK parser's limits on the text entities expand to, added up over a document. With DOCTYPE refused
     * the only entities are the five built-in ones ({@code &amp;} and the like), which expand to one character
     * each, so the limits guard against nothing here; but they would refuse a large, valid web.config full of
     * {@code &amp;} (JDK 24 sets the general one to 100,000 by default), and a file checked in parts
     * ({@link CheckInTwo}) would count each part apart. Both are lifted.
     */
    private static final String[] ENTITY_SIZE_LIMITS = {
        "http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit",
        "http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit",
    };
    /**
     * One configured reader per thread: making one looks the parser up through JAXP's service loader, which
     * cost more than parsing a small file. A reader is used by one parse at a time, so under {@code -T} each
     * thread has its own; none holds a document once its parse is over.
     */
    private static final ThreadLocal<SAXReader> READERS = ThreadLocal.withInitial(SecureXml::newReader);

    private SecureXml() {
    }

    /** Parses a file's bytes, as the parser would read the file itself. */
    public static Document parse(XmlSource source) throws XmlFileException {
        return parse(source.name(), new InputSource(new ByteArrayInputStream(source.rawBytes())));
    }

    /**
     * Reads a file's bytes as {@link #parse(XmlSource)} does, with the same checks and messages, but keeps
     * no document: for a file too large to hold as a dom4j tree, whose positions come from {@link XmlTree}.
     */
    public static void check(XmlSource source) throws XmlFileException {
        scan(source.name(), source.rawBytes(), NO_HANDLER);
    }

    /**
     * Streams {@code bytes} through {@code handler} (its content and lexical events) with the same safety
     * settings and messages as {@link #parse(XmlSource)}, holding no document.
     */
    public static void scan(String name, byte[] bytes, DefaultHandler2 handler) throws XmlFileException {
        scan(name, new ByteArrayInputStream(bytes), handler);
    }

    /** Streams the bytes {@code in} gives as {@link #scan(String, byte[], DefaultHandler2)} does. */
    static void scan(String name, InputStream in, DefaultHandler2 handler) throws XmlFileException {
        SAXReader reader = READERS.get();
        XMLReader xml;
        try {
            xml = reader.getXMLReader();
        } catch (SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made: " + e.getMessage(), e);
        }
        try {
            xml.setContentHandler(handler);
            xml.setProperty(LEXICAL_HANDLER, handler);
            xml.setErrorHandler(FATAL_ONLY);
            xml.setEntityResolver(reader.getEntityResolver());
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            throw translate(name, new DocumentException(e.getMessage(), e));
        } catch (IOException e) {
            throw translate(name, new DocumentException(e.getMessage(), e));
        } finally {
            release(xml);
        }
    }

    /** As dom4j's reader does when not validating: only fatal errors stop the parse. */
    private static final ErrorHandler FATAL_ONLY = new DefaultHandler() {
        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** Drops the handlers of the last parse, so the thread's reader keeps no document alive. */
    private static void release(XMLReader xml) {
        xml.setContentHandler(NO_HANDLER);
        xml.setErrorHandler(NO_HANDLER);
        try {
            xml.setProperty(LEXICAL_HANDLER, NO_HANDLER);
        } catch (SAXException e) {
            // a reader without lexical events holds no lexical handler either
        }
    }

    /** Parses text that was just edited, to confirm it. */
    public static Document parse(String name, String text) throws XmlFileException {
        return parse(name, new InputSource(new StringReader(text)));
    }

    private static Document parse(String name, InputSource input) throws XmlFileException {
        SAXReader reader = READERS.get();
        input.setSystemId(null);
        try {
            return reader.read(input);
        } catch (DocumentException e) {
            throw translate(name, e);
        } finally {
            try {
                release(reader.getXMLReader());
            } catch (SAXException e) {
                throw new IllegalStateException("the XML parser cannot be made: " + e.getMessage(), e);
            }
        }
    }

    /**
     * A reader that refuses DOCTYPE declarations. {@code setFeature} throws where a parser does not
     * support the feature, so a parser that cannot refuse them is never used.
     */
    static SAXReader newReader() {
        SAXReader reader = new SAXReader();
        try {
            reader.setFeature(DISALLOW_DOCTYPE, true);
            reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
            reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            reader.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (SAXException e) {
            throw new IllegalStateException("the XML parser cannot refuse DOCTYPE declarations: " + e.getMessage(), e);
        }
        try {
            XMLReader xml = reader.getXMLReader();
            for (String limit : ENTITY_SIZE_LIMITS) {
                try {
                    xml.setProperty(limit, "0");
                } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
                    // a parser other than the JDK's has no such limits
                }
            }
        } catch (SAXException e) {
            throw new IllegalStateException("the XML parser cannot be made: " + e.getMessage(), e);
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
