package dev.addinreg.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.addinreg.xml.TextEdits;
import dev.addinreg.xml.XmlSource;
import dev.addinreg.xml.XmlTree;

/**
 * The edits planned for one file, with what they do in words ({@code ClientId set}) for the INFO
 * line, and where they are for DEBUG.
 */
final class FileEdit {
    private final XmlTree tree;
    private final TextEdits edits = new TextEdits();
    private final List<String> changes = new ArrayList<>();
    private final List<String> positions = new ArrayList<>();

    FileEdit(XmlTree tree) {
        this.tree = tree;
    }

    XmlTree tree() {
        return tree;
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

    String at(int offset) {
        return tree.line(offset) + ":" + tree.column(offset);
    }

    List<String> changes() {
        return changes;
    }

    List<String> positions() {
        return positions;
    }

    String result() {
        return edits.isEmpty() ? tree.text() : edits.applyTo(tree.text());
    }

    /** The file's bytes with the edits applied, in its encoding and after its byte-order mark. */
    byte[] resultBytes(XmlSource source) {
        return edits.applyTo(source);
    }

    /** The part of {@code edited} (these edits' {@link #resultBytes result}) that confirms them: see {@link TextEdits#excerpt}. */
    Optional<byte[]> excerpt(XmlSource source, byte[] edited) {
        return edits.excerpt(source, tree, edited);
    }
}
