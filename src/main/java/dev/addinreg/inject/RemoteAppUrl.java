package dev.addinreg.inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.addinreg.xml.XmlTree;

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
     * Whether a file's bytes can hold the token: it is ASCII in UTF-8 and single-byte files, so other
     * files are not parsed at all; a UTF-16 file always may.
     */
    public static boolean mayHold(Path file) throws IOException {
        return mayHold(Files.readAllBytes(file));
    }

    /** Whether bytes can hold the token; see {@link #mayHold(Path)}. */
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
     * @param where the element, or element and attribute, that holds it
     */
    public record Occurrence(int offset, String where) {
    }

    /** Every token in the tree's element text and attribute values, in document order; none from comments. */
    public static List<Occurrence> find(XmlTree tree) {
        String text = tree.text();
        List<Occurrence> found = new ArrayList<>();
        for (XmlTree.Element element : tree.root().descendantsAndSelf()) {
            for (XmlTree.Attribute attribute : element.attributes()) {
                findIn(text, attribute.valueStart(), attribute.valueEnd(), element.name() + "/@" + attribute.name(), found);
            }
            for (XmlTree.TextRun run : element.text()) {
                findIn(text, run.start(), run.end(), element.name(), found);
            }
        }
        return found;
    }

    /** Plans the replacement of every token in the tree's text and attribute values; returns how many. */
    static int replace(FileEdit edit, String origin) {
        List<Occurrence> found = find(edit.tree());
        for (Occurrence occurrence : found) {
            edit.replace(occurrence.offset(), occurrence.offset() + TOKEN.length(), origin, "~remoteAppUrl in " + occurrence.where());
        }
        int count = found.size();
        if (count > 0) {
            edit.change(count + (count == 1 ? " ~remoteAppUrl token replaced" : " ~remoteAppUrl tokens replaced"));
        }
        return count;
    }

    private static void findIn(String text, int start, int end, String where, List<Occurrence> found) {
        int at = text.indexOf(TOKEN, start);
        while (at >= 0 && at + TOKEN.length() <= end) {
            found.add(new Occurrence(at, where));
            at = text.indexOf(TOKEN, at + TOKEN.length());
        }
    }
}
