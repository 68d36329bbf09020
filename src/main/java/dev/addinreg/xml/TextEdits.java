package dev.addinreg.xml;

import java.nio.charset.StandardCharsets;
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
     * The bytes of {@code source}'s file with every edit applied: {@code source.encode(applyTo(source.text()))}.
     * A UTF-8 file is spliced as bytes: the file's own bytes up to the first edit and after the last are
     * copied as they are, and only the text between the edits is measured, so the cost is that of one copy
     * however large the file, and no edited text is ever held as a string.
     */
    public byte[] applyTo(XmlSource source) {
        if (!source.charset().equals(StandardCharsets.UTF_8)) {
            return source.encode(applyTo(source.text()));
        }
        List<Edit> sorted = sorted();
        String text = source.text();
        byte[] bytes = source.rawBytes();
        int count = sorted.size();
        int[] byteStart = new int[count];
        int[] byteEnd = new int[count];
        byte[][] replacement = new byte[count][];
        int charAt = 0;
        int byteAt = source.bomLength();
        int length = bytes.length;
        for (int i = 0; i < count; i++) {
            Edit edit = sorted.get(i);
            if (edit.start() < charAt) {
                throw new IllegalStateException("overlapping edits at offset " + edit.start());
            }
            byteStart[i] = byteAt + utf8Length(text, charAt, edit.start());
            byteEnd[i] = byteStart[i] + utf8Length(text, edit.start(), edit.end());
            replacement[i] = source.encodeText(edit.replacement());
            length += replacement[i].length - (byteEnd[i] - byteStart[i]);
            charAt = edit.end();
            byteAt = byteEnd[i];
        }
        byte[] out = new byte[length];
        int copiedFrom = 0;
        int written = 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(bytes, copiedFrom, out, written, byteStart[i] - copiedFrom);
            written += byteStart[i] - copiedFrom;
            System.arraycopy(replacement[i], 0, out, written, replacement[i].length);
            written += replacement[i].length;
            copiedFrom = byteEnd[i];
        }
        System.arraycopy(bytes, copiedFrom, out, written, bytes.length - copiedFrom);
        return out;
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

    private List<Edit> sorted() {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        return sorted;
    }

    /** The text with every edit applied. Edits must not overlap; inserts at one offset keep their order. */
    public String applyTo(String text) {
        List<Edit> sorted = sorted();
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
