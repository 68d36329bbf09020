package dev.addinreg.xml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element of a well-formed XML text stands: its tags, the values of its attributes and its
 * runs of text, in document order. It knows nothing of names and namespaces beyond the characters written:
 * which element is meant is dom4j's answer ({@link XmlFile}), this is only where that element's bytes lie.
 * Comments, processing instructions and the XML declaration are skipped, never edited. Build it only from
 * text the parser accepted.
 */
public final class XmlPositions {
    private final String text;
    private final int[] lineStarts;
    private final List<Tag> tags = new ArrayList<>();
    /** Each name once, however many tags and attributes repeat it. */
    private final Map<String, String> names = new HashMap<>();

    private XmlPositions(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
        scan();
    }

    static XmlPositions of(String text) {
        return new XmlPositions(text);
    }

    /** An attribute as written: its name with any prefix, and where its value stands between the quotes. */
    public record Attribute(String name, int valueStart, int valueEnd, char quote) {
    }

    /** A run of character data: text between tags, or the inside of a CDATA section. */
    public record TextRun(int start, int end, boolean cdata) {
    }

    /** One element's tags, attributes and text runs. */
    public static final class Tag {
        private final String name;
        private final int start;
        private final int depth;
        private int startTagEnd;
        private boolean selfClosing;
        private int endTagStart;
        private int end;
        private List<Attribute> attributes = List.of();
        private List<TextRun> text = List.of();

        private Tag(String name, int start, int depth) {
            this.name = name;
            this.start = start;
            this.depth = depth;
        }

        /** The name as written, with any prefix. */
        public String name() {
            return name;
        }

        /** Where {@code <} of the start tag stands. */
        public int start() {
            return start;
        }

        /** Just after {@code >} of the start tag. */
        public int startTagEnd() {
            return startTagEnd;
        }

        public boolean selfClosing() {
            return selfClosing;
        }

        /** Where {@code </} of the end tag stands; the start tag's end for an empty-element tag. */
        public int endTagStart() {
            return endTagStart;
        }

        /** Just after the element's last {@code >}. */
        public int end() {
            return end;
        }

        public List<Attribute> attributes() {
            return Collections.unmodifiableList(attributes);
        }

        private void add(Attribute attribute) {
            if (attributes.isEmpty()) {
                attributes = new ArrayList<>(4);
            }
            attributes.add(attribute);
        }

        private void add(TextRun run) {
            if (text.isEmpty()) {
                text = new ArrayList<>(2);
            }
            text.add(run);
        }

        /** The attribute written with this name (prefix included), if any. */
        public Optional<Attribute> attribute(String name) {
            return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
        }

        /** The runs of text directly inside this element, but those of white space only. */
        public List<TextRun> text() {
            return Collections.unmodifiableList(text);
        }
    }

    /** Every element, in document order: the root first. */
    public List<Tag> tags() {
        return Collections.unmodifiableList(tags);
    }

    public String text() {
        return text;
    }

    /** The 1-based line of a position. */
    public int line(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** The 1-based column of a position. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The whitespace from the start of the line to {@code offset}, or {@code null} if other text stands there. */
    public String indentBefore(int offset) {
        int lineStart = lineStarts[line(offset) - 1];
        for (int i = offset - 1; i >= lineStart; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return null;
            }
        }
        return text.substring(lineStart, offset);
    }

    /**
     * The step by which this text indents a child under its parent: seen at the first parent, in document
     * order, that has a child on its own line indented deeper than itself; empty when none has.
     */
    public Optional<String> indentStep() {
        Deque<Tag> open = new ArrayDeque<>();
        Tag stepParent = null;
        String step = null;
        for (Tag tag : tags) {
            while (!open.isEmpty() && open.peek().depth >= tag.depth) {
                open.pop();
            }
            Tag parent = open.peek();
            if (parent != null && (stepParent == null || parent.start < stepParent.start)) {
                String parentIndent = indentBefore(parent.start);
                String childIndent = parentIndent == null ? null : indentBefore(tag.start);
                if (childIndent != null && childIndent.length() > parentIndent.length()
                        && childIndent.startsWith(parentIndent)) {
                    stepParent = parent;
                    step = childIndent.substring(parentIndent.length());
                }
            }
            open.push(tag);
        }
        return Optional.ofNullable(step);
    }

    /** The line ending this text uses: that of its first line, else CRLF as Visual Studio writes. */
    public String lineEnding() {
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return "\r\n";
        }
        return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
    }

    /** The line ending that ends the line {@code offset} is on, else the text's usual one. */
    public String lineEndingAfter(int offset) {
        int newline = text.indexOf('\n', offset);
        if (newline < 0) {
            return lineEnding();
        }
        return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
    }

    /** Where each line starts: after LF, CRLF or a lone CR. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** One pass over the text; iterative, so deep nesting cannot overflow the stack. */
    private void scan() {
        Deque<Tag> open = new ArrayDeque<>();
        int pos = 0;
        int length = text.length();
        while (pos < length) {
            if (text.charAt(pos) != '<') {
                int next = text.indexOf('<', pos);
                int end = next < 0 ? length : next;
                if (!open.isEmpty() && !blank(pos, end)) {
                    open.peek().add(new TextRun(pos, end, false));
                }
                pos = end;
            } else if (text.startsWith("<!--", pos)) {
                pos = after("-->", pos + 4);
            } else if (text.startsWith("<![CDATA[", pos)) {
                int end = find("]]>", pos + 9);
                open.peek().add(new TextRun(pos + 9, end, true));
                pos = end + 3;
            } else if (text.startsWith("<?", pos)) {
                pos = after("?>", pos + 2);
            } else if (text.startsWith("<!", pos)) {
                throw new IllegalStateException("a declaration at offset " + pos + " in text the parser should have refused");
            } else if (text.startsWith("</", pos)) {
                Tag closed = open.pop();
                closed.endTagStart = pos;
                pos = after(">", pos + 2);
                closed.end = pos;
            } else {
                Tag tag = new Tag(name(pos + 1, nameEnd(pos + 1)), pos, open.size());
                tags.add(tag);
                pos = startTag(tag);
                if (!tag.selfClosing) {
                    open.push(tag);
                }
            }
        }
        if (tags.isEmpty() || !open.isEmpty()) {
            throw new IllegalStateException("text that is not well-formed XML reached XmlPositions");
        }
    }

    /** Reads a start tag's attributes; returns where the tag ends. */
    private int startTag(Tag tag) {
        int pos = tag.start + 1 + tag.name.length();
        while (true) {
            while (isSpace(text.charAt(pos))) {
                pos++;
            }
            char c = text.charAt(pos);
            if (c == '/') {
                pos = after(">", pos);
                tag.selfClosing = true;
                tag.startTagEnd = pos;
                tag.endTagStart = pos;
                tag.end = pos;
                return pos;
            }
            if (c == '>') {
                tag.startTagEnd = pos + 1;
                return pos + 1;
            }
            int nameEnd = nameEnd(pos);
            String name = name(pos, nameEnd);
            pos = find("=", nameEnd) + 1;
            while (isSpace(text.charAt(pos))) {
                pos++;
            }
            char quote = text.charAt(pos);
            int valueEnd = find(String.valueOf(quote), pos + 1);
            tag.add(new Attribute(name, pos + 1, valueEnd, quote));
            pos = valueEnd + 1;
        }
    }

    private String name(int from, int to) {
        return names.computeIfAbsent(text.substring(from, to), name -> name);
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isSpace(c) || c == '/' || c == '>' || c == '=') {
                break;
            }
            i++;
        }
        return i;
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** XML's white space: space, tab, carriage return, line feed. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private int after(String marker, int from) {
        return find(marker, from) + marker.length();
    }

    /** Where {@code marker} next stands; the scan only moves forward, so it ends on any text. */
    private int find(String marker, int from) {
        int at = text.indexOf(marker, from);
        if (at < 0) {
            throw new IllegalStateException("text that is not well-formed XML reached XmlPositions: no " + marker
                    + " after offset " + from);
        }
        return at;
    }
}
