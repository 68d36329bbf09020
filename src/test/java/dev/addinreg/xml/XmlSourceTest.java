package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class XmlSourceTest {
    private static final String TEXT = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<a>Größe</a>\r\n";

    @Test
    void utf8ByteOrderMarkIsKeptApartFromTheText() throws XmlFileException {
        // given
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));

        // when
        XmlSource source = XmlSource.decode("Web.config", bytes);

        // then
        assertEquals(StandardCharsets.UTF_8, source.charset());
        assertTrue(source.hasBom());
        assertEquals(TEXT, source.text());
        assertArrayEquals(bytes, source.encode(source.text()));
        assertArrayEquals(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "<b/>".getBytes(StandardCharsets.UTF_8)),
                source.encode("<b/>"));
    }

    @Test
    void utf16LittleEndianByteOrderMark() throws XmlFileException {
        // given
        String text = TEXT.replace("utf-8", "utf-16");
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));

        // when
        XmlSource source = XmlSource.decode("Web.config", bytes);

        // then
        assertEquals(StandardCharsets.UTF_16LE, source.charset());
        assertTrue(source.hasBom());
        assertEquals(text, source.text());
        assertArrayEquals(bytes, source.encode(text));
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', 0}, source.encode("x"));
    }

    @Test
    void utf16BigEndianByteOrderMark() throws XmlFileException {
        // given
        String text = TEXT.replace("utf-8", "utf-16");
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));

        // when
        XmlSource source = XmlSource.decode("Web.config", bytes);

        // then
        assertEquals(StandardCharsets.UTF_16BE, source.charset());
        assertEquals(text, source.text());
        assertArrayEquals(bytes, source.encode(text));
        assertArrayEquals(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'x'}, source.encode("x"));
    }

    @Test
    void noByteOrderMarkIsUtf8AndGetsNone() throws XmlFileException {
        // given
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);

        // when
        XmlSource source = XmlSource.decode("Web.config", bytes);

        // then
        assertEquals(StandardCharsets.UTF_8, source.charset());
        assertFalse(source.hasBom());
        assertEquals(TEXT, source.text());
        assertArrayEquals("<b/>".getBytes(StandardCharsets.UTF_8), source.encode("<b/>"));
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsDeclaration() throws XmlFileException {
        // given
        String text = TEXT.replace("utf-8", "utf-16");

        // when
        XmlSource little = XmlSource.decode("le.xml", text.getBytes(StandardCharsets.UTF_16LE));
        XmlSource big = XmlSource.decode("be.xml", text.getBytes(StandardCharsets.UTF_16BE));

        // then
        assertEquals(StandardCharsets.UTF_16LE, little.charset());
        assertEquals(StandardCharsets.UTF_16BE, big.charset());
        assertEquals(text, little.text());
        assertEquals(text, big.text());
        assertFalse(little.hasBom());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_16LE), little.encode(text));
    }

    @Test
    void declaredSingleByteEncodingIsUsed() throws XmlFileException {
        // given
        String text = "<?xml version='1.0' encoding='ISO-8859-1'?><a>Größe</a>";
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);

        // when
        XmlSource source = XmlSource.decode("legacy.xml", bytes);

        // then
        assertEquals(StandardCharsets.ISO_8859_1, source.charset());
        assertEquals(text, source.text());
        assertArrayEquals(bytes, source.encode(text));
    }

    @Test
    void declarationSayingUtf16OnAUtf8FileIsRefused() {
        // given
        byte[] bytes = TEXT.replace("utf-8", "utf-16").getBytes(StandardCharsets.UTF_8);

        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> XmlSource.decode("src/main/webapp/Web.config", bytes));

        // then
        assertEquals("src/main/webapp/Web.config:1:1", e.where());
        assertEquals("src/main/webapp/Web.config:1:1: the XML declaration says utf-16 but the file has no UTF-16 byte-order mark"
                + " and its bytes are single-byte text. Fix: make the declaration say encoding=\"utf-8\", or save the file as"
                + " UTF-16 with a byte-order mark", e.getMessage());
    }

    @Test
    void invalidUtf8BytesAreRefused() {
        // given a Latin-1 'ö' in a file read as UTF-8
        byte[] bytes = "<a>Gr\u00f6\u00dfe</a>".getBytes(StandardCharsets.ISO_8859_1);

        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> XmlSource.decode("Web.config", bytes));

        // then
        assertEquals("Web.config", e.where());
        assertEquals("Web.config: the file holds bytes that are not valid UTF-8. Fix: save the file again as UTF-8"
                + " (Visual Studio: File > Save As > Save with Encoding)", e.getMessage());
    }

    @Test
    void invalidUtf8AfterAByteOrderMarkIsRefused() {
        // given
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'};

        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> XmlSource.decode("Web.config", bytes));

        // then
        assertEquals("the file holds bytes that are not valid UTF-8", e.what());
    }

    @Test
    void aRealReplacementCharacterIsText() throws XmlFileException {
        // given: U+FFFD written as UTF-8, which the fast decoding also puts for bad bytes
        byte[] bytes = "<a>\ufffd \u4e2d\u6587</a>".getBytes(StandardCharsets.UTF_8);

        // when
        XmlSource source = XmlSource.decode("Web.config", bytes);

        // then
        assertEquals("<a>\ufffd \u4e2d\u6587</a>", source.text());
        assertArrayEquals(bytes, source.encode(source.text()));
    }

    @Test
    void invalidUtf8BesideARealReplacementCharacterIsRefused() {
        // given
        byte[] valid = "<a>\ufffd".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(valid, valid.length + 5);
        System.arraycopy(new byte[] {(byte) 0xC3, '<', '/', 'a', '>'}, 0, bytes, valid.length, 5);

        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> XmlSource.decode("Web.config", bytes));

        // then
        assertEquals("the file holds bytes that are not valid UTF-8", e.what());
    }

    @Test
    void unknownDeclaredEncodingIsRefused() {
        // given
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><a/>".getBytes(StandardCharsets.US_ASCII);

        // when
        XmlFileException e = assertThrows(XmlFileException.class, () -> XmlSource.decode("Web.config", bytes));

        // then
        assertEquals("Web.config:1:1: the XML declaration names an unknown encoding, x-no-such-charset."
                + " Fix: declare encoding=\"utf-8\" and save the file as UTF-8", e.getMessage());
    }

    @Test
    void valueTheEncodingCannotHoldIsRefusedOnEncode() throws XmlFileException {
        // given
        XmlSource source = XmlSource.decode("legacy.xml",
                "<?xml version='1.0' encoding='ISO-8859-1'?><a/>".getBytes(StandardCharsets.ISO_8859_1));

        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source.encode("<a>\u20ac</a>"));

        // then
        assertEquals("a value cannot be written in ISO-8859-1 in legacy.xml", e.getMessage());
    }

    @Test
    void bytesAreACopy() throws XmlFileException {
        // given
        byte[] bytes = "<a/>".getBytes(StandardCharsets.UTF_8);
        XmlSource source = XmlSource.decode("a.xml", bytes);

        // when
        source.bytes()[0] = 'X';

        // then
        assertArrayEquals("<a/>".getBytes(StandardCharsets.UTF_8), source.bytes());
        assertEquals("a.xml", source.name());
        assertEquals(Charset.forName("UTF-8"), source.charset());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
