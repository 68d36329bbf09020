package dev.addinreg.xml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replacements of spans of a text, applied together; the text outside them is kept as it is. */
public final class TextEdits {
    private record Edit(int start, int end, String replacement) {
    }

    private final List<Edit> edits = new ArrayList<>();

    /** Replaces {@code [start, end)} with {@code replacement}. */
    public void replace(int start, int end, String replacement) {
        edits.add(new Edit(start, end, replacement));
    }

    /** Inserts {@code insertion} at {@code offset}. */
    public void insert(int offset, String insertion) {
        edits.add(new Edit(offset, offset, insertion));
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /**
     * The bytes of {@code source}'s file with every edit applied, in its encoding and after its byte-order
     * mark. Every byte outside the edits is the file's own: its text encodes back to its bytes.
     */
    public byte[] applyTo(XmlSource source) {
        return source.encode(applyTo(source.text()));
    }

    /** The text with every edit applied. Edits must not overlap; inserts at one offset keep their order. */
    public String applyTo(String text) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int copied = 0;
        for (Edit edit : sorted) {
            if (edit.start() < copied) {
                throw new IllegalStateException("overlapping edits at offset " + edit.start());
            }
            out.append(text, copied, edit.start()).append(edit.replacement());
            copied = edit.end();
        }
        return out.append(text, copied, text.length()).toString();
    }
}
