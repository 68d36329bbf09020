package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.dom4j.Document;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;

class SecureXmlTest {
    private static final String DOCTYPE_WHAT =
            "the file has a DOCTYPE declaration, which is refused: it can expand entities or read other files";
    private static final String DOCTYPE_FIX = "remove the <!DOCTYPE ...> declaration; add-in files never need one";

    @Test
    void readsAFileAsItsBytesSay() throws XmlFileException {
        // given UTF-16LE with a byte-order mark
        String text = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<configuration><appSettings>"
                + "<add key=\"Größe\" value=\"a &amp; b\"/></appSettings></configuration>";
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);

        // when
        Document document = SecureXml.parse(XmlSource.decode("Web.config", bytes));

        // then
        Element add = document.getRootElement().element("appSettings").element("add");
        assertEquals("Größe", add.attributeValue("key"));
        assertEquals("a & b", add.attributeValue("value"));
    }

    @Test
    void builtInEntitiesAreNotCountedAgainstTheParsersEntitySizeLimits() throws Exception {
        // given: limits as low as JDK 24's default for general entities, and a file with more &amp; than that
        String text = "<configuration><rules>" + "<rule url=\"/a?b=1&amp;c=2\">x &lt; y</rule>".repeat(2000) + "</rules></configuration>";
        XmlSource source = XmlSource.decode("Web.config", text.getBytes(StandardCharsets.UTF_8));
        String[] limits = {"jdk.xml.totalEntitySizeLimit", "jdk.xml.maxGeneralEntitySizeLimit"};
        String[] before = {System.getProperty(limits[0]), System.getProperty(limits[1])};
        Throwable[] failure = new Throwable[1];
        try {
            for (String limit : limits) {
                System.setProperty(limit, "1000");
            }
            // when: a parser is made for each file, so this one under these limits
            try {
                SecureXml.parse(source);
            } catch (Throwable e) {
                failure[0] = e;
            }
        } finally {
            for (int i = 0; i < limits.length; i++) {
                if (before[i] == null) {
                    System.clearProperty(limits[i]);
                } else {
                    System.setProperty(limits[i], before[i]);
                }
            }
        }

        // then
        assertEquals(null, failure[0]);
    }

    @Test
    void externalEntityIsRefusedWithTheDoctypeMessage() throws XmlFileException {
        // given
        XmlSource source = XmlSource.decode("src/main/webapp/Web.config", """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE configuration [
                  <!ENTITY secret SYSTEM "file:///etc/passwd">
                ]>
                <configuration><appSettings><add key="x" value="&secret;"/></appSettings></configuration>
                """.getBytes(StandardCharsets.UTF_8));

        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> SecureXml.parse(source));

        // then
        assertEquals("src/main/webapp/Web.config:2:10", e.where());
        assertEquals(DOCTYPE_WHAT, e.what());
        assertEquals(DOCTYPE_FIX, e.fix());
        assertEquals("src/main/webapp/Web.config:2:10: " + DOCTYPE_WHAT + ". Fix: " + DOCTYPE_FIX, e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "nothing of /etc/passwd is read");
    }

    @Test
    void billionLaughsIsRefused() throws XmlFileException {
        // given
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<lolz>&lol9;</lolz>\n");
        XmlSource source = XmlSource.decode("Elements.xml", xml.toString().getBytes(StandardCharsets.UTF_8));

        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> SecureXml.parse(source));

        // then
        assertEquals("Elements.xml:2:10", e.where());
        assertEquals(DOCTYPE_WHAT, e.what());
    }

    @Test
    void doctypeWithAnExternalDtdIsRefused() throws XmlFileException {
        // when
        XmlFileException e = assertThrows(XmlFileException.class,
                () -> SecureXml.parse(XmlSource.decode("AppManifest.xml",
                        "<!DOCTYPE App SYSTEM \"http://example.com/app.dtd\"><App/>".getBytes(StandardCharsets.UTF_8))));

        // then
        assertEquals("AppManifest.xml:1:10", e.where());
        assertEquals(DOCTYPE_WHAT, e.what());
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() throws XmlFileException {
        // given
        XmlSource source = XmlSource.decode("AppManifest.xml", "<App>\n  <Title>Orders</Titel>\n</App>\n".getBytes(StandardCharsets.UTF_8));

        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> SecureXml.parse(source));

        // then
        assertEquals("AppManifest.xml:2:18: the file is not well-formed XML: The element type \"Title\" must be terminated by"
                + " the matching end-tag \"</Title>\". Fix: correct the markup at that position (a missing end tag, quote or"
                + " '>' is the usual cause)", e.getMessage());
    }

    @Test
    void emptyFileIsReported() throws XmlFileException {
        // given
        XmlSource source = XmlSource.decode("Elements.xml", new byte[0]);

        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> SecureXml.parse(source));

        // then
        assertEquals("Elements.xml:1:1: the file is not well-formed XML: Premature end of file. Fix: correct the markup at"
                + " that position (a missing end tag, quote or '>' is the usual cause)", e.getMessage());
    }

    @Test
    void deepNestingIsRead() throws XmlFileException {
        // given
        int depth = 100_000;
        String text = "<x>".repeat(depth) + "</x>".repeat(depth);

        // when
        Document document = SecureXml.parse(XmlSource.decode("deep.xml", text.getBytes(StandardCharsets.UTF_8)));

        // then
        assertEquals("x", document.getRootElement().getName());
    }
}
