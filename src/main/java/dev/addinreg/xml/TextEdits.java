package dev.addinreg.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
     * copied as they are, and each edit's place in the bytes is measured from the piece of the text it lies in
     * ({@link XmlSource#byteOffset}), so the cost is that of one copy however large the file, and no edited
     * text is ever held as a string.
     */
    public byte[] applyTo(XmlSource source) {
        if (!source.charset().equals(StandardCharsets.UTF_8)) {
            return source.encode(applyTo(source.text()));
        }
        List<Edit> sorted = sorted();
        byte[] bytes = source.rawBytes();
        int count = sorted.size();
        int[] byteStart = new int[count];
        int[] byteEnd = new int[count];
        byte[][] replacement = new byte[count][];
        int charAt = 0;
        int length = bytes.length;
        for (int i = 0; i < count; i++) {
            Edit edit = sorted.get(i);
            if (edit.start() < charAt) {
                throw new IllegalStateException("overlapping edits at offset " + edit.start());
            }
            byteStart[i] = source.byteOffset(edit.start());
            byteEnd[i] = source.byteOffset(edit.end());
            replacement[i] = source.encodeText(edit.replacement());
            length += replacement[i].length - (byteEnd[i] - byteStart[i]);
            charAt = edit.end();
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

    /**
     * A smaller document that is well-formed exactly when {@code edited} is, for confirming an edit of a large
     * file without reading it all again: the bytes up to the end of the root's start tag, the edited span of the
     * root's content (widened to whole child elements), and the root's end tag. That holds because
     * {@code edited} is {@code source} with these edits applied, {@code source} was read whole by the parser
     * and found well-formed, and every byte outside the span is the source's own. Empty when an edit lies
     * outside the root's content, or there is none: then the whole file is to be read.
     *
     * @param tree the source's tree (an outline will do: it holds the root's children)
     * @param edited the bytes {@link #applyTo(XmlSource)} made of {@code source}
     */
    public Optional<byte[]> excerpt(XmlSource source, XmlTree tree, byte[] edited) {
        XmlTree.Element root = tree.root();
        if (edits.isEmpty() || root.selfClosing()) {
            return Optional.empty();
        }
        int from = Integer.MAX_VALUE;
        int to = 0;
        for (Edit edit : edits) {
            from = Math.min(from, edit.start());
            to = Math.max(to, edit.end());
        }
        if (from < root.startTagEnd() || to > root.endTagStart()) {
            return Optional.empty();
        }
        for (XmlTree.Element child : root.children()) {
            if (child.start() < to && from < child.end()) {
                from = Math.min(from, child.start());
                to = Math.max(to, child.end());
            }
        }
        byte[] bytes = source.rawBytes();
        int prolog = source.byteOffset(root.startTagEnd());
        int spanStart = source.byteOffset(from);
        int spanEnd = edited.length - (bytes.length - source.byteOffset(to));
        byte[] endTag = source.encodeText("</" + root.name() + ">");
        byte[] out = new byte[prolog + (spanEnd - spanStart) + endTag.length];
        System.arraycopy(bytes, 0, out, 0, prolog);
        System.arraycopy(edited, spanStart, out, prolog, spanEnd - spanStart);
        System.arraycopy(endTag, 0, out, prolog + spanEnd - spanStart, endTag.length);
        return Optional.of(out);
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
