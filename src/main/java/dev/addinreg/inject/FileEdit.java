package dev.addinreg.inject;

import java.util.ArrayList;
import java.util.List;

import dev.addinreg.addin.RemoteAppUrl;
import dev.addinreg.xml.TextEdits;
import dev.addinreg.xml.XmlFile;

/**
 * The edits planned for one file, with what they do in words ({@code ClientId set}) for the INFO
 * line, and where they are for DEBUG.
 */
final class FileEdit {
    private final XmlFile xml;
    private final TextEdits edits = new TextEdits();
    private final List<String> changes = new ArrayList<>();
    private final List<String> positions = new ArrayList<>();

    FileEdit(XmlFile xml) {
        this.xml = xml;
    }

    XmlFile xml() {
        return xml;
    }

    void replace(int start, int end, String replacement, String what) {
        edits.replace(start, end, replacement);
        positions.add(at(start) + " " + what);
    }

    void insert(int offset, String insertion, String what) {
        edits.insert(offset, insertion);
        positions.add(at(offset) + " " + what);
    }

    void change(String change) {
        changes.add(change);
    }

    private String at(int offset) {
        return xml.positions().line(offset) + ":" + xml.positions().column(offset);
    }

    /** Plans the replacement of every {@code ~remoteAppUrl} in element text and attribute values by {@code origin}; returns how many. */
    int replaceTokens(String origin) {
        List<RemoteAppUrl.Occurrence> found = RemoteAppUrl.find(xml);
        for (RemoteAppUrl.Occurrence token : found) {
            replace(token.offset(), token.offset() + RemoteAppUrl.TOKEN.length(), origin, "~remoteAppUrl in " + token.where());
        }
        int count = found.size();
        if (count > 0) {
            change(count + (count == 1 ? " ~remoteAppUrl token replaced" : " ~remoteAppUrl tokens replaced"));
        }
        return count;
    }

    List<String> changes() {
        return changes;
    }

    List<String> positions() {
        return positions;
    }

    /** The file's bytes with the edits applied, in its encoding and after its byte-order mark. */
    byte[] result() {
        return edits.applyTo(xml.source());
    }
}
