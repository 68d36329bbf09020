package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large web.config is checked on two threads while it is mapped: the same results and messages as a small one. */
class ParsedXmlTest {
    @TempDir
    Path dir;

    /** A web.config of about {@code size} bytes: appSettings first, then rewrite rules; {@code tail} goes before the end. */
    private static String webConfig(int size, String tail) {
        StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n"
                + "    <add key=\"ClientId\" value=\"*\" />\n  </appSettings>\n  <rules>\n");
        for (int rule = 0; text.length() < size; rule++) {
            text.append("    <rule name=\"r").append(rule).append("\" url=\"/orders/").append(rule).append("\" />\n");
        }
        return text.append(tail).append("  </rules>\n</configuration>\n").toString();
    }

    private XmlFileException refused(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        return assertThrows(XmlFileException.class, () -> ParsedXml.readOutline(file, name, "appSettings"));
    }

    @Test
    void aLargeFileIsMappedAsASmallOneIs() throws Exception {
        // given
        String text = webConfig(3 * ParsedXml.CHECK_BESIDE_FROM, "");
        Path file = Files.writeString(dir.resolve("Web.config"), text);

        // when
        ParsedXml parsed = ParsedXml.readOutline(file, "Web.config", "appSettings");

        // then
        XmlTree.Element add = parsed.tree().root().children("appSettings").get(0).children().get(0);
        assertEquals("ClientId", parsed.value(add.attribute("key").orElseThrow()));
        assertEquals(2, parsed.tree().root().children().size());
        assertTrue(text.length() > ParsedXml.CHECK_BESIDE_FROM);
    }

    @Test
    void aLargeFileThatIsNotWellFormedGetsTheParsersMessage() throws Exception {
        // given a missing quote near the end of a large file, and the same mistake in a small one
        String large = webConfig(3 * ParsedXml.CHECK_BESIDE_FROM, "    <rule name=\"broken />\n");
        String small = webConfig(1000, "    <rule name=\"broken />\n");

        // when
        XmlFileException largeError = refused("Large.config", large.getBytes(StandardCharsets.UTF_8));
        XmlFileException smallError = refused("Small.config", small.getBytes(StandardCharsets.UTF_8));

        // then
        int line = (int) large.lines().count() - 1;
        assertTrue(largeError.where().startsWith("Large.config:" + line + ":"), largeError.where());
        assertEquals(smallError.what(), largeError.what());
        assertEquals(smallError.fix(), largeError.fix());
    }

    /** The message the parser gives reading {@code bytes} whole on one thread. */
    private static String wholeFileMessage(String name, byte[] bytes) {
        return assertThrows(XmlFileException.class, () -> ParsedXml.of(name, bytes)).getMessage();
    }

    @Test
    void aLargeFileBrokenAnywhereGetsTheMessageOfTheParserReadingItWhole() throws Exception {
        // given: a large file broken a tenth, half and nine tenths of the way in, by a mismatched end tag and by
        // a prefix no namespace declaration binds; wherever the file is cut in two, one part holds the mistake
        String text = webConfig(3 * ParsedXml.CHECK_BESIDE_FROM, "");
        for (double where : new double[] {0.1, 0.5, 0.9}) {
            int at = text.indexOf("    <rule ", (int) (text.length() * where));
            for (String mistake : new String[] {"    <rule name=\"x\"></rules>\n", "    <u:rule name=\"x\" />\n"}) {
                byte[] bytes = (text.substring(0, at) + mistake + text.substring(at)).getBytes(StandardCharsets.UTF_8);

                // when
                XmlFileException e = refused("Web.config", bytes);

                // then
                assertEquals(wholeFileMessage("Web.config", bytes), e.getMessage());
                int line = (int) text.substring(0, at).lines().count() + 1;
                assertTrue(e.where().startsWith("Web.config:" + line + ":"), where + " " + e.where());
            }
        }
    }

    @Test
    void aLargeUtf16FileIsMappedAsASmallOneIs() throws Exception {
        // given
        String text = webConfig(ParsedXml.CHECK_BESIDE_FROM, "").replace("utf-8", "utf-16");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Path file = Files.write(dir.resolve("Web.config"), bytes);

        // when
        ParsedXml parsed = ParsedXml.readOutline(file, "Web.config", "appSettings");

        // then
        assertEquals(text, parsed.source().text());
        assertEquals(2, parsed.tree().root().children().size());
    }

    @Test
    void aLargeFileWithBytesThatAreNotUtf8GetsTheDecodersMessage() throws Exception {
        // given a byte that is not UTF-8 in a large file
        byte[] bytes = webConfig(3 * ParsedXml.CHECK_BESIDE_FROM, "    <rule name=\"x\u00e9\" />\n").getBytes(StandardCharsets.UTF_8);
        for (int i = bytes.length - 1; i > 0; i--) {
            if (bytes[i] == (byte) 0xC3) {
                bytes[i] = (byte) 0xFF;
                break;
            }
        }

        // when
        XmlFileException e = refused("Web.config", bytes);

        // then
        assertEquals("Web.config: the file holds bytes that are not valid UTF-8. Fix: save the file again as UTF-8"
                + " (Visual Studio: File > Save As > Save with Encoding)", e.getMessage());
    }
}
