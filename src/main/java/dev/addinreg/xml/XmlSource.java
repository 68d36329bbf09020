package dev.addinreg.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XML file as bytes and as text: its byte-order mark, its encoding, and the text without the mark.
 * The bytes are decoded strictly, and they encode back to themselves, so {@link #encode(String)} of an
 * edited text changes no byte outside the edit.
 */
public final class XmlSource {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("\\A<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private final String name;
    private final byte[] bytes;
    private final byte[] bom;
    private final Charset charset;
    private final String text;

    private XmlSource(String name, byte[] bytes, byte[] bom, Charset charset, String text) {
        this.name = name;
        this.bytes = bytes;
        this.bom = bom;
        this.charset = charset;
        this.text = text;
    }

    /**
     * Decodes {@code bytes}: the byte-order mark decides the encoding, else the XML declaration, else
     * UTF-8. Bytes that are not valid in that encoding are refused.
     *
     * @param name how messages name the file
     */
    public static XmlSource decode(String name, byte[] bytes) throws XmlFileException {
        byte[] bom = new byte[0];
        Charset charset;
        if (startsWith(bytes, UTF8_BOM)) {
            bom = UTF8_BOM;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(bytes, UTF16LE_BOM)) {
            bom = UTF16LE_BOM;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(bytes, UTF16BE_BOM)) {
            bom = UTF16BE_BOM;
            charset = StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 4 && bytes[0] == '<' && bytes[1] == 0 && bytes[2] == '?' && bytes[3] == 0) {
            charset = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == '<' && bytes[2] == 0 && bytes[3] == '?') {
            charset = StandardCharsets.UTF_16BE;
        } else {
            charset = declared(name, bytes);
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom.length, bytes.length - bom.length)).toString();
        } catch (CharacterCodingException e) {
            throw new XmlFileException(name, "the file holds bytes that are not valid " + charset.name(),
                    "save the file again as " + charset.name() + " (Visual Studio: File > Save As > Save with Encoding)");
        }
        XmlSource source = new XmlSource(name, bytes, bom, charset, text);
        // valid UTF-8 and UTF-16 always encode back to their bytes; another charset may map two byte
        // sequences to one character, and then an edit would change bytes outside it
        if (!charset.equals(StandardCharsets.UTF_8) && !Arrays.equals(source.encode(text), bytes)) {
            throw new XmlFileException(name, "the file's " + charset.name() + " text does not encode back to the same bytes",
                    "save the file again as UTF-8 with a byte-order mark, as Visual Studio does");
        }
        return source;
    }

    private static Charset declared(String name, byte[] bytes) throws XmlFileException {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        String declared = matcher.group(1);
        if (declared.toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            throw new XmlFileException(name, 1, 1, "the XML declaration says " + declared
                    + " but the file has no UTF-16 byte-order mark and its bytes are single-byte text",
                    "make the declaration say encoding=\"utf-8\", or save the file as UTF-16 with a byte-order mark", null);
        }
        try {
            return Charset.forName(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new XmlFileException(name, 1, 1, "the XML declaration names an unknown encoding, " + declared,
                    "declare encoding=\"utf-8\" and save the file as UTF-8", null);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The bytes of {@code newText} in this file's encoding, after this file's byte-order mark. */
    public byte[] encode(String newText) {
        ByteBuffer encoded;
        try {
            encoded = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(newText));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a value cannot be written in " + charset.name() + " in " + name, e);
        }
        byte[] out = new byte[bom.length + encoded.remaining()];
        System.arraycopy(bom, 0, out, 0, bom.length);
        encoded.get(out, bom.length, encoded.remaining());
        return out;
    }

    public String name() {
        return name;
    }

    /** The file's bytes as read. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file's bytes themselves, for the parser of this package: never to be changed. */
    byte[] rawBytes() {
        return bytes;
    }

    /** The file's text, without the byte-order mark. */
    public String text() {
        return text;
    }

    public Charset charset() {
        return charset;
    }

    /** Whether the file starts with a byte-order mark. */
    public boolean hasBom() {
        return bom.length > 0;
    }
}
