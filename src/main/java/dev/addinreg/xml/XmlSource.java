package dev.addinreg.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XML file as bytes and as text: its byte-order mark, its encoding, and the text without the mark.
 * {@link #encode(String)} turns edited text back into bytes with the same mark and encoding, so
 * everything not edited stays byte for byte.
 */
public final class XmlSource {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    /** The size of the pieces {@link #utf8} decodes a large UTF-8 file in. */
    static final int UTF8_PIECE = 1 << 16;
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("\\A<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private final String name;
    private final byte[] bytes;
    private final byte[] bom;
    private final Charset charset;
    private final String text;
    /** For UTF-8 text decoded in pieces: where each piece starts in the text and in the bytes; else null. */
    private final int[] pieceChars;
    private final int[] pieceBytes;

    private XmlSource(String name, byte[] bytes, byte[] bom, Charset charset, String text) {
        this(name, bytes, bom, charset, new Decoded(text, null, null));
    }

    private XmlSource(String name, byte[] bytes, byte[] bom, Charset charset, Decoded text) {
        this.name = name;
        this.bytes = bytes;
        this.bom = bom;
        this.charset = charset;
        this.text = text.text();
        this.pieceChars = text.pieceChars();
        this.pieceBytes = text.pieceBytes();
    }

    /** Decoded text, with where its pieces start when it is UTF-8 decoded in pieces. */
    private record Decoded(String text, int[] pieceChars, int[] pieceBytes) {
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
        Decoded utf8 = null;
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the JDK's own fast decoding; it puts U+FFFD for bytes that are not UTF-8, so only text that holds
            // one needs the strict decoder below to tell a bad byte from a real U+FFFD. Valid UTF-8 always encodes
            // back to the same bytes, so no check of that either.
            utf8 = utf8(bytes, bom.length);
            if (utf8.text().indexOf('\uFFFD') < 0) {
                return new XmlSource(name, bytes, bom, charset, utf8);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, bom.length, bytes.length - bom.length)).toString();
        } catch (CharacterCodingException e) {
            throw new XmlFileException(name, "the file holds bytes that are not valid " + charset.name(),
                    "save the file again as " + charset.name() + " (Visual Studio: File > Save As > Save with Encoding)");
        }
        if (utf8 != null) {
            // valid UTF-8 holding a real U+FFFD: the same text, and its pieces are kept
            return new XmlSource(name, bytes, bom, charset, utf8);
        }
        XmlSource source = new XmlSource(name, bytes, bom, charset, text);
        if (!Arrays.equals(source.encode(text), bytes)) {
            throw new XmlFileException(name, "the file's " + charset.name() + " text does not encode back to the same bytes",
                    "save the file again as UTF-8 with a byte-order mark, as Visual Studio does");
        }
        return source;
    }

    /**
     * The UTF-8 text of {@code bytes} from {@code from} on, as {@code new String(bytes, UTF_8)} decodes it, but
     * in pieces that each start at a character: where a piece is ASCII, as most of a large file is, the JDK
     * copies it instead of decoding it byte by byte into a buffer of twice the file's size, which for a file of
     * tens of megabytes was most of the time spent reading it and of the memory it took. Where each piece
     * starts is kept, for {@link #byteOffset}.
     */
    private static Decoded utf8(byte[] bytes, int from) {
        if (bytes.length - from <= UTF8_PIECE) {
            return new Decoded(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8), null, null);
        }
        int count = (bytes.length - from) / UTF8_PIECE + 1;
        List<String> pieces = new ArrayList<>(count);
        int[] pieceChars = new int[count];
        int[] pieceBytes = new int[count];
        int chars = 0;
        int at = from;
        while (at < bytes.length) {
            int end = Math.min(bytes.length, at + UTF8_PIECE);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                // a continuation byte: the piece ends before the next character's first byte
                end++;
            }
            String piece = new String(bytes, at, end - at, StandardCharsets.UTF_8);
            if (pieces.size() == count) {
                pieceChars = Arrays.copyOf(pieceChars, count * 2);
                pieceBytes = Arrays.copyOf(pieceBytes, count * 2);
                count *= 2;
            }
            pieceChars[pieces.size()] = chars;
            pieceBytes[pieces.size()] = at;
            pieces.add(piece);
            chars += piece.length();
            at = end;
        }
        return new Decoded(String.join("", pieces), Arrays.copyOf(pieceChars, pieces.size()),
                Arrays.copyOf(pieceBytes, pieces.size()));
    }

    /**
     * Where the character at {@code offset} of {@link #text()} starts in {@link #bytes()}: from the piece it lies
     * in for UTF-8 decoded in pieces, so finding a place deep in a large file does not measure all the text
     * before it.
     */
    int byteOffset(int offset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            if (pieceChars == null) {
                return bom.length + utf8Length(text, 0, offset);
            }
            int found = Arrays.binarySearch(pieceChars, offset);
            int piece = found >= 0 ? found : -found - 2;
            boolean last = piece == pieceChars.length - 1;
            int pieceLength = (last ? text.length() : pieceChars[piece + 1]) - pieceChars[piece];
            int pieceByteLength = (last ? bytes.length : pieceBytes[piece + 1]) - pieceBytes[piece];
            if (pieceLength == pieceByteLength) {
                // a piece of one-byte characters (ASCII), as most of a large file is
                return pieceBytes[piece] + offset - pieceChars[piece];
            }
            return pieceBytes[piece] + utf8Length(text, pieceChars[piece], offset);
        }
        int width = charWidth();
        if (width > 0) {
            return bom.length + width * offset;
        }
        return bom.length + encodeText(text.substring(0, offset)).length;
    }

    /**
     * Whether {@link #byteOffset} finds a place without measuring the text before it: UTF-8 decoded in pieces,
     * UTF-16, single-byte encodings; not other multi-byte encodings (Shift_JIS, GBK), nor UTF-8 of one piece.
     */
    boolean locatesDirectly() {
        return pieceChars != null || charWidth() > 0;
    }

    /** The bytes every character of the text takes: 2 in UTF-16 (a surrogate pair is two), 1 in a single-byte encoding; else 0. */
    private int charWidth() {
        if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
            return 2;
        }
        if (!charset.equals(StandardCharsets.UTF_8) && charset.newEncoder().maxBytesPerChar() == 1) {
            return 1;
        }
        return 0;
    }

    /** How many bytes UTF-8 takes for {@code text[from, to)}, a span that splits no surrogate pair. */
    private static int utf8Length(String text, int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    private static Charset declared(String name, byte[] bytes) throws XmlFileException {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        String declared = matcher.group(1);
        if (declared.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-16")) {
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

    /** The bytes of {@code value} in this file's encoding, without a byte-order mark. */
    byte[] encodeText(String value) {
        byte[] encoded = encode(value);
        return Arrays.copyOfRange(encoded, bom.length, encoded.length);
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
