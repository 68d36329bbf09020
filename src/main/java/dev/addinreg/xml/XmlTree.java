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

    private XmlTree(String text) {
        this.text = text;
        this.lineStarts = lineStarts(text);
        this.root = new Scanner().scan();
    }

    public static XmlTree of(String text) {
        return new XmlTree(text);
    }

    public String text() {
        return text;
    }

    public Element root() {
        return root;
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

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
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

    /** A single pass over the text; iterative, so deep nesting cannot overflow the stack. */
    private final class Scanner {
        private int pos;

        Element scan() {
            Deque<Element> open = new ArrayDeque<>();
            Element first = null;
            int length = text.length();
            while (pos < length) {
                if (text.charAt(pos) != '<') {
                    int next = text.indexOf('<', pos);
                    int end = next < 0 ? length : next;
                    if (!open.isEmpty()) {
                        open.peek().text.add(new TextRun(pos, end, false));
                    }
                    pos = end;
                } else if (text.startsWith("<!--", pos)) {
                    pos = after("-->", pos + 4);
                } else if (text.startsWith("<![CDATA[", pos)) {
                    int end = text.indexOf("]]>", pos + 9);
                    open.peek().text.add(new TextRun(pos + 9, end, true));
                    pos = end + 3;
                } else if (text.startsWith("<?", pos)) {
                    pos = after("?>", pos + 2);
                } else if (text.startsWith("<!", pos)) {
                    throw new IllegalStateException("a declaration at offset " + pos + " in text SecureXml should have refused");
                } else if (text.startsWith("</", pos)) {
                    Element closed = open.pop();
                    closed.endTagStart = pos;
                    closed.end = after(">", pos + 2);
                    pos = closed.end;
                } else {
                    Element element = startTag();
                    if (open.isEmpty()) {
                        first = element;
                    } else {
                        open.peek().children.add(element);
                    }
                    if (!element.selfClosing) {
                        open.push(element);
                    }
                }
            }
            if (first == null || !open.isEmpty()) {
                throw new IllegalStateException("text that is not well-formed XML reached XmlTree");
            }
            return first;
        }

        private Element startTag() {
            int start = pos;
            pos++;
            int nameEnd = nameEnd(pos);
            Element element = new Element(text.substring(pos, nameEnd), start);
            pos = nameEnd;
            while (true) {
                skipSpace();
                char c = text.charAt(pos);
                if (c == '/') {
                    element.selfClosing = true;
                    pos = after(">", pos);
                    element.startTagEnd = pos;
                    element.endTagStart = pos;
                    element.end = pos;
                    return element;
                }
                if (c == '>') {
                    pos++;
                    element.startTagEnd = pos;
                    return element;
                }
                int attributeStart = pos;
                int attributeNameEnd = nameEnd(pos);
                pos = text.indexOf('=', attributeNameEnd) + 1;
                skipSpace();
                char quote = text.charAt(pos);
                int valueStart = pos + 1;
                int valueEnd = text.indexOf(quote, valueStart);
                element.attributes.add(new Attribute(text.substring(attributeStart, attributeNameEnd), attributeStart,
                        valueStart, valueEnd, quote));
                pos = valueEnd + 1;
            }
        }

        private int nameEnd(int from) {
            int i = from;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '/' || c == '>' || c == '=') {
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
            return text.indexOf(marker, from) + marker.length();
        }
    }
}
