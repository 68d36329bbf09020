package dev.addinreg.inject;

import dev.addinreg.xml.XmlTree;

/**
 * The {@code ~remoteAppUrl} build token: replaced by {@code https://} and the add-in domain in element
 * text and attribute values, never in comments. SharePoint's own tokens ({@code ~appWebUrl},
 * {@code {StandardTokens}}, ...) are left alone.
 */
public final class RemoteAppUrl {
    /** The token as Visual Studio writes it. */
    public static final String TOKEN = "~remoteAppUrl";

    private RemoteAppUrl() {
    }

    /** Plans the replacement of every token in the tree's text and attribute values; returns how many. */
    static int replace(FileEdit edit, String origin) {
        XmlTree tree = edit.tree();
        String text = tree.text();
        int count = 0;
        for (XmlTree.Element element : tree.root().descendantsAndSelf()) {
            for (XmlTree.Attribute attribute : element.attributes()) {
                count += replaceIn(edit, text, attribute.valueStart(), attribute.valueEnd(), origin,
                        element.name() + "/@" + attribute.name());
            }
            for (XmlTree.TextRun run : element.text()) {
                count += replaceIn(edit, text, run.start(), run.end(), origin, element.name());
            }
        }
        if (count > 0) {
            edit.change(count + (count == 1 ? " ~remoteAppUrl token replaced" : " ~remoteAppUrl tokens replaced"));
        }
        return count;
    }

    private static int replaceIn(FileEdit edit, String text, int start, int end, String origin, String where) {
        int count = 0;
        int at = text.indexOf(TOKEN, start);
        while (at >= 0 && at + TOKEN.length() <= end) {
            edit.replace(at, at + TOKEN.length(), origin, "~remoteAppUrl in " + where);
            count++;
            at = text.indexOf(TOKEN, at + TOKEN.length());
        }
        return count;
    }
}
