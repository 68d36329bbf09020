package dev.addinreg.addin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.addinreg.xml.XmlFile;
import dev.addinreg.xml.XmlPositions;

/**
 * The {@code ~remoteAppUrl} build token: replaced by {@code https://} and the add-in domain in element
 * text and attribute values, never in comments. SharePoint's own tokens ({@code ~appWebUrl},
 * {@code {StandardTokens}}, ...) are left alone.
 */
public final class RemoteAppUrl {
    /** The token as Visual Studio writes it. */
    public static final String TOKEN = "~remoteAppUrl";
    private static final byte[] TOKEN_BYTES = TOKEN.getBytes(StandardCharsets.US_ASCII);

    private RemoteAppUrl() {
    }

    /**
     * Whether a file's bytes can hold the token: it is ASCII in UTF-8 and single-byte files, so other files
     * need not be parsed at all; a UTF-16 file always may.
     */
    public static boolean mayHold(byte[] bytes) {
        boolean utf16 = bytes.length > 1 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFF) >= 0xFE);
        if (utf16) {
            return true;
        }
        int last = bytes.length - TOKEN_BYTES.length;
        for (int at = 0; at <= last; at++) {
            if (bytes[at] == '~' && Arrays.equals(bytes, at, at + TOKEN_BYTES.length, TOKEN_BYTES, 0, TOKEN_BYTES.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One token in a file.
     *
     * @param offset where it starts in the text
     * @param line the line it is on
     * @param where the element, or element and attribute, that holds it
     */
    public record Occurrence(int offset, int line, String where) {
    }

    /** Every token in the file's element text and attribute values, in document order; none from comments. */
    public static List<Occurrence> find(XmlFile xml) {
        XmlPositions positions = xml.positions();
        List<Occurrence> found = new ArrayList<>();
        for (XmlPositions.Tag tag : positions.tags()) {
            for (XmlPositions.Attribute attribute : tag.attributes()) {
                findIn(positions, attribute.valueStart(), attribute.valueEnd(), tag.name() + "/@" + attribute.name(), found);
            }
            for (XmlPositions.TextRun run : tag.text()) {
                findIn(positions, run.start(), run.end(), tag.name(), found);
            }
        }
        return found;
    }

    /** Whether the token stands in {@code value}, text or an attribute value as the parser read it. */
    public static boolean in(String value) {
        return value.contains(TOKEN);
    }

    private static void findIn(XmlPositions positions, int start, int end, String where, List<Occurrence> found) {
        String text = positions.text();
        int at = text.indexOf(TOKEN, start);
        while (at >= 0 && at + TOKEN.length() <= end) {
            found.add(new Occurrence(at, positions.line(at), where));
            at = text.indexOf(TOKEN, at + TOKEN.length());
        }
    }
}
