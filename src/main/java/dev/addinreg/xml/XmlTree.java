package dev.addinreg.xml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The elements of a well-formed XML text with the exact position of every tag, attribute value and
 * text run, so an edit can replace just a value. Comments, processing instructions and the XML
 * declaration are skipped, never edited. Build it only from text that {@link SecureXml} accepted.
 */
public final class XmlTree {
    private final String text;
    private final int[] lineStarts;
    private final Element root;
    private String indentStep;
    private final List<Cut> cuts = new ArrayList<>();

    private XmlTree(String text, String outlineOf) {
        this.text = text;
        this.lineStarts = lineStarts(text);
        this.root = new Scanner(outlineOf).scan();
    }

    public static XmlTree of(String text) {
        return new XmlTree(text, null);
    }

    /**
     * The outline of a large file: the root, its children, and the whole subtree of each child (or of the
     * root) whose local name is {@code subtree}; every other element is scanned past and left out, so a
     * 50 MB {@code web.config} maps in a few objects. Lines, columns, indentation and {@link #indentStep()}
     * are those of the whole text.
     */
    public static XmlTree outline(String text, String subtree) {
        return new XmlTree(text, subtree);
    }

    /**
     * The step by which this text indents a child under its parent: seen at the first element, in
     * document order, that has a child on its own line indented deeper than itself; empty when none is.
     */
    public Optional<String> indentStep() {
        return Optional.ofNullable(indentStep);
    }

    public String text() {
        return text;
    }

    public Element root() {
        return root;
    }

    /**
     * Of an {@link #outline}: start tags inside the root, about {@value #CUTS} of them spread evenly over the
     * text, each with the start tags of the elements open around it; where {@link CheckInTwo} may cut the file
     * into pieces. Empty for a tree made by {@link #of}.
     */
    List<Cut> cuts() {
        return Collections.unmodifiableList(cuts);
    }

    /** How many {@link #cuts} an outline looks for, spread over the text. */
    static final int CUTS = 32;
    /** No cut is kept where more elements than this are open: it would cost more to note than it saves. */
    static final int CUT_DEPTH = 64;

    /** A start tag at {@code at}, and the start tags open around it, the root's first. */
    record Cut(int at, List<OpenTag> open) {
    }

    /** The start tag of an open element: where it starts and ends, and the element's name. */
    record OpenTag(int start, int startTagEnd, String name) {
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
        int start = lineStarts[line(offset) - 1];
        String before = text.substring(start, offset);
        return before.isBlank() ? before : null;
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

    /** Where each line starts: after LF, CRLF or a lone CR. Found with indexOf, which the JVM runs as a vector search. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[Math.max(16, text.length() / 40)];
        int count = 1;
        int length = text.length();
        int lf = text.indexOf('\n');
        int cr = text.indexOf('\r');
        while (lf >= 0 || cr >= 0) {
            int start;
            if (cr >= 0 && (lf < 0 || cr < lf)) {
                start = cr + 1 == length || text.charAt(cr + 1) != '\n' ? cr + 1 : -1;
                cr = text.indexOf('\r', cr + 1);
            } else {
                start = lf + 1;
                lf = text.indexOf('\n', lf + 1);
            }
            if (start >= 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count++] = start;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** An attribute: its name and where its value stands, between the quotes. */
    public record Attribute(String name, int nameStart, int valueStart, int valueEnd, char quote) {
        /** The name without a namespace prefix. */
        public String localName() {
            return XmlTree.localName(name);
        }
    }

    /** A run of character data: text between tags, or the inside of a CDATA section. */
    public record TextRun(int start, int end, boolean cdata) {
    }

    /** An element: its tags' positions, attributes, child elements and text runs. */
    public static final class Element {
        private final String name;
        private final int start;
        private int startTagEnd;
        private boolean selfClosing;
        private int endTagStart;
        private int end;
        private final List<Attribute> attributes = new ArrayList<>();
        private final List<Element> children = new ArrayList<>();
        private final List<TextRun> text = new ArrayList<>();

        Element(String name, int start) {
            this.name = name;
            this.start = start;
        }

        public String name() {
            return name;
        }

        public String localName() {
            return XmlTree.localName(name);
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

        public Optional<Attribute> attribute(String localName) {
            return attributes.stream().filter(a -> a.localName().equals(localName)).findFirst();
        }

        public List<Element> children() {
            return Collections.unmodifiableList(children);
        }

        public List<Element> children(String localName) {
            return children.stream().filter(c -> c.localName().equals(localName)).toList();
        }

        public List<TextRun> text() {
            return Collections.unmodifiableList(text);
        }

        /** This element and every element below it, in document order. */
        public List<Element> descendantsAndSelf() {
            List<Element> all = new ArrayList<>();
            Deque<Element> stack = new ArrayDeque<>();
            stack.push(this);
            while (!stack.isEmpty()) {
                Element next = stack.pop();
                all.add(next);
                for (int i = next.children.size() - 1; i >= 0; i--) {
                    stack.push(next.children.get(i));
                }
            }
            return all;
        }
    }

    static String localName(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** An open element while scanning: kept in the tree, or only passed through (outline). */
    private static final class Frame {
        final int start;
        final Element element;
        final boolean keepChildren;
        final boolean subtree;
        final int startTagEnd;
        String indent;
        boolean indentKnown;

        Frame(int start, int startTagEnd, Element element, boolean keepChildren, boolean subtree) {
            this.start = start;
            this.startTagEnd = startTagEnd;
            this.element = element;
            this.keepChildren = keepChildren;
            this.subtree = subtree;
        }
    }

    /** A single pass over the text; iterative, so deep nesting cannot overflow the stack. */
    private final class Scanner {
        private final String outlineOf;
        private int pos;
        private int stepParentStart = Integer.MAX_VALUE;
        /** Where the next {@link Cut} is looked for; never, for a whole tree. */
        private int nextCut;
        private final int cutStep;

        Scanner(String outlineOf) {
            this.outlineOf = outlineOf;
            this.cutStep = Math.max(1, text.length() / CUTS);
            this.nextCut = outlineOf == null ? Integer.MAX_VALUE : cutStep;
        }

        Element scan() {
            Deque<Frame> open = new ArrayDeque<>();
            Element first = null;
            int length = text.length();
            while (pos < length) {
                if (text.charAt(pos) != '<') {
                    int next = text.indexOf('<', pos);
                    int end = next < 0 ? length : next;
                    if (!open.isEmpty() && open.peek().element != null) {
                        open.peek().element.text.add(new TextRun(pos, end, false));
                    }
                    pos = end;
                } else if (text.startsWith("<!--", pos)) {
                    pos = after("-->", pos + 4);
                } else if (text.startsWith("<![CDATA[", pos)) {
                    int end = find("]]>", pos + 9);
                    if (open.peek().element != null) {
                        open.peek().element.text.add(new TextRun(pos + 9, end, true));
                    }
                    pos = end + 3;
                } else if (text.startsWith("<?", pos)) {
                    pos = after("?>", pos + 2);
                } else if (text.startsWith("<!", pos)) {
                    throw new IllegalStateException("a declaration at offset " + pos + " in text SecureXml should have refused");
                } else if (text.startsWith("</", pos)) {
                    Frame closed = open.pop();
                    int endTagStart = pos;
                    pos = after(">", pos + 2);
                    if (closed.element != null) {
                        closed.element.endTagStart = endTagStart;
                        closed.element.end = pos;
                    }
                } else {
                    Frame parent = open.peek();
                    int start = pos;
                    if (parent != null) {
                        noteIndent(parent, start);
                        if (start >= nextCut && open.size() <= CUT_DEPTH) {
                            noteCut(open, start);
                        }
                    }
                    boolean kept = parent == null || parent.keepChildren;
                    Element element = startTag(kept);
                    if (parent == null) {
                        first = element;
                    } else if (kept) {
                        parent.element.children.add(element);
                    }
                    boolean selfClosing = kept ? element.selfClosing : lastSelfClosing;
                    if (!selfClosing) {
                        boolean subtree = outlineOf == null || (parent != null && parent.subtree)
                                || (kept && element.localName().equals(outlineOf));
                        boolean keepChildren = kept && (parent == null || subtree);
                        open.push(new Frame(start, pos, kept ? element : null, keepChildren, subtree));
                    }
                }
            }
            if (first == null || !open.isEmpty()) {
                throw new IllegalStateException("text that is not well-formed XML reached XmlTree");
            }
            return first;
        }

        private void noteCut(Deque<Frame> open, int at) {
            List<OpenTag> tags = new ArrayList<>(open.size());
            open.descendingIterator().forEachRemaining(
                    frame -> tags.add(new OpenTag(frame.start, frame.startTagEnd, text.substring(frame.start + 1, nameEnd(frame.start + 1)))));
            cuts.add(new Cut(at, List.copyOf(tags)));
            nextCut = (int) Math.min(Integer.MAX_VALUE, ((long) at / cutStep + 1) * cutStep);
        }

        /** Keeps the indent step of the first parent, in document order, whose child starts a line deeper. */
        private void noteIndent(Frame parent, int childStart) {
            if (parent.start >= stepParentStart) {
                return;
            }
            if (!parent.indentKnown) {
                parent.indent = indentBefore(parent.start);
                parent.indentKnown = true;
            }
            if (parent.indent == null) {
                return;
            }
            String childIndent = indentBefore(childStart);
            if (childIndent != null && childIndent.length() > parent.indent.length() && childIndent.startsWith(parent.indent)) {
                stepParentStart = parent.start;
                indentStep = childIndent.substring(parent.indent.length());
            }
        }

        /** Whether the last start tag passed through without an element was an empty-element tag. */
        private boolean lastSelfClosing;

        /** Scans a start tag; returns its element, or {@code null} when it is not kept. */
        private Element startTag(boolean kept) {
            int start = pos;
            pos++;
            int nameEnd = nameEnd(pos);
            Element element = kept ? new Element(text.substring(pos, nameEnd), start) : null;
            pos = nameEnd;
            while (true) {
                skipSpace();
                char c = text.charAt(pos);
                if (c == '/') {
                    pos = after(">", pos);
                    if (element != null) {
                        element.selfClosing = true;
                        element.startTagEnd = pos;
                        element.endTagStart = pos;
                        element.end = pos;
                    }
                    lastSelfClosing = true;
                    return element;
                }
                if (c == '>') {
                    pos++;
                    if (element != null) {
                        element.startTagEnd = pos;
                    }
                    lastSelfClosing = false;
                    return element;
                }
                int attributeStart = pos;
                int attributeNameEnd = nameEnd(pos);
                pos = find("=", attributeNameEnd) + 1;
                skipSpace();
                char quote = text.charAt(pos);
                int valueStart = pos + 1;
                int valueEnd = find(String.valueOf(quote), valueStart);
                if (element != null) {
                    element.attributes.add(new Attribute(text.substring(attributeStart, attributeNameEnd), attributeStart,
                            valueStart, valueEnd, quote));
                }
                pos = valueEnd + 1;
            }
        }

        private int nameEnd(int from) {
            int i = from;
            int length = text.length();
            while (i < length) {
                char c = text.charAt(i);
                if (c <= ' ' ? Character.isWhitespace(c) : c == '/' || c == '>' || c == '=' || (c > 0x7F && Character.isWhitespace(c))) {
                    break;
                }
                i++;
            }
            return i;
        }

        private void skipSpace() {
            while (Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private int after(String marker, int from) {
            return find(marker, from) + marker.length();
        }

        /**
         * Where {@code marker} next stands. The scan only moves forward, so it ends on any text: text that is not
         * well-formed (which the parser refuses before or beside this scan) fails here instead of looping.
         */
        private int find(String marker, int from) {
            int at = text.indexOf(marker, from);
            if (at < 0) {
                throw new IllegalStateException("text that is not well-formed XML reached XmlTree: no " + marker + " after offset " + from);
            }
            return at;
        }
    }
}
