package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dom4j.Element;
import org.dom4j.QName;
import org.junit.jupiter.api.Test;

/** dom4j says which element and attribute; the positions say where it lies: each element maps by its place in document order. */
class XmlFileTest {

    private static XmlFile parse(String text) throws XmlFileException {
        return XmlFile.parse("AppManifest.xml", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachElementMapsToItsOwnTagsByDocumentOrder() throws XmlFileException {
        // given two elements of one name, one of them prefixed, and a comment holding a look-alike
        String text = "<?xml version=\"1.0\"?>\n<App xmlns=\"urn:app\" xmlns:o=\"urn:other\">\n"
                + "  <!-- <AppPrincipal ClientId=\"x\"/> -->\n"
                + "  <o:AppPrincipal ClientId=\"other\"/>\n"
                + "  <AppPrincipal>\n    <RemoteWebApplication ClientId='*' />\n  </AppPrincipal>\n</App>\n";

        // when
        XmlFile xml = parse(text);

        // then dom4j finds the principal in the manifest's namespace, and the positions find its own bytes
        Element principal = xml.root().element(QName.get("AppPrincipal", "urn:app"));
        Element application = principal.element("RemoteWebApplication");
        assertEquals(5, xml.line(principal));
        assertEquals(6, xml.line(application));
        XmlPositions.Attribute clientId = xml.position(application, application.attribute("ClientId")).orElseThrow();
        assertEquals("*", text.substring(clientId.valueStart(), clientId.valueEnd()));
        assertEquals('\'', clientId.quote());
        Element other = xml.root().element(QName.get("AppPrincipal", "urn:other"));
        assertEquals(4, xml.line(other));
        assertEquals("<o:AppPrincipal ClientId=\"other\"/>", text.substring(xml.tag(other).start(), xml.tag(other).end()));
    }

    @Test
    void everyElementIsMappedInDocumentOrder() throws XmlFileException {
        // given
        XmlFile xml = parse("<a><b><c/><d/></b><e><f/></e></a>");

        // when
        List<Element> elements = XmlFile.inDocumentOrder(xml.root());

        // then
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), elements.stream().map(Element::getName).toList());
        for (Element element : elements) {
            assertEquals(element.getName(), xml.tag(element).name());
        }
    }

    @Test
    void deepNestingIsReadWithoutStackOverflow() throws XmlFileException {
        // given
        int depth = 100_000;

        // when
        XmlFile xml = parse("<x>".repeat(depth) + "deep" + "</x>".repeat(depth));

        // then
        List<Element> elements = XmlFile.inDocumentOrder(xml.root());
        assertEquals(depth, elements.size());
        assertEquals("deep", elements.get(depth - 1).getText());
    }

    @Test
    void anElementOfAnotherDocumentHasNoPosition() throws XmlFileException {
        // given
        XmlFile one = parse("<a/>");
        XmlFile two = parse("<a/>");

        // when / then
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> one.tag(two.root()));
        assertTrue(e.getMessage().contains("is not of AppManifest.xml"), e.getMessage());
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithItsPosition() {
        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> parse("<a>\n  <b>\n</a>\n"));

        // then
        assertEquals("AppManifest.xml:3:3", e.where());
        assertTrue(e.getMessage().contains("the file is not well-formed XML"), e.getMessage());
    }
}
