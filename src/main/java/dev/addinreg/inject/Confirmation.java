package dev.addinreg.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xml.sax.Attributes;
import org.xml.sax.ext.DefaultHandler2;

import dev.addinreg.xml.ParsedXml;
import dev.addinreg.xml.SecureXml;
import dev.addinreg.xml.XmlFileException;

/**
 * What the XML parser reads in an edited file, before it is written: whether a {@code ~remoteAppUrl}
 * is left in any attribute value or text (comments aside), and the {@code add} entries of its
 * appSettings section. One streaming pass over the bytes to be written, no document kept, so a file of
 * any size is confirmed in constant memory.
 */
final class Confirmation extends DefaultHandler2 {
    private static final int CARRY = RemoteAppUrl.TOKEN.length() - 1;

    /** An {@code add} entry of appSettings as the parser read it; {@code null} for a missing attribute. */
    record Entry(String key, String value) {
    }

    private boolean holdsToken;
    private int depth;
    private String root;
    private int sectionDepth = -1;
    private boolean sectionSeen;
    private List<Entry> entries;
    /** The end of the current text run, so a token split across parser callbacks is still found. */
    private final StringBuilder carry = new StringBuilder();

    private Confirmation() {
    }

    /** Reads the bytes to be written; throws when they are not well-formed XML. */
    static Confirmation read(String name, byte[] content) throws XmlFileException {
        Confirmation confirmation = new Confirmation();
        SecureXml.scan(name, content, confirmation);
        return confirmation;
    }

    /**
     * Reads the appSettings of an edited {@code web.config} (or appSettings file), whose edits all lie in the
     * root's content: only the {@link FileEdit#excerpt excerpt} that holds them is read when there is one, so a
     * large file is not parsed a second time; else the whole file.
     *
     * @param input the file as read, whole, by the parser before the edit
     * @param content the edited bytes
     */
    static Confirmation readSettings(String name, ParsedXml input, FileEdit edit, byte[] content) throws XmlFileException {
        return read(name, edit.excerpt(input.source(), content).orElse(content));
    }

    /**
     * Reads the edited bytes of a manifest or package file or part: they must be well-formed and, once tokens
     * were replaced, hold none. Anything else is the plugin's own error, never the user's: an
     * {@link IllegalStateException}.
     */
    static void requireEdited(String name, byte[] content, boolean tokensReplaced) {
        Confirmation confirmed = readEdited(name, () -> read(name, content));
        if (tokensReplaced && confirmed.holdsToken()) {
            throw new IllegalStateException("~remoteAppUrl is left in the edited text of " + name);
        }
    }

    /** Reads the edited bytes of a web.config or appSettings file as {@link #readSettings} does; broken bytes are the plugin's error. */
    static Confirmation readEditedSettings(String name, ParsedXml input, FileEdit edit, byte[] content) {
        return readEdited(name, () -> readSettings(name, input, edit, content));
    }

    /** Each key must be set exactly once in the edited appSettings, to exactly its value; else the plugin's error. */
    void requireSettings(String name, Map<String, String> settings) {
        List<Entry> section = appSettings().orElseThrow(
                () -> new IllegalStateException("the edited " + name + " has no appSettings section"));
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            List<Entry> found = section.stream().filter(add -> setting.getKey().equalsIgnoreCase(add.key())).toList();
            if (found.size() != 1 || !setting.getValue().equals(found.get(0).value())) {
                throw new IllegalStateException("the edited " + name + " does not hold the value set for " + setting.getKey());
            }
        }
    }

    @FunctionalInterface
    private interface Reading {
        Confirmation read() throws XmlFileException;
    }

    private static Confirmation readEdited(String name, Reading reading) {
        try {
            return reading.read();
        } catch (XmlFileException e) {
            throw new IllegalStateException("the edited text of " + name + " is not well-formed: " + e.where(), e);
        }
    }

    /** Whether a token is left in an attribute value or in text (a text run, or a CDATA section). */
    boolean holdsToken() {
        return holdsToken;
    }

    /**
     * The {@code add} entries of the appSettings section: the root itself when it is {@code appSettings},
     * else the first {@code appSettings} child of the root; empty when there is none.
     */
    Optional<List<Entry>> appSettings() {
        return Optional.ofNullable(entries);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        endRun();
        depth++;
        if (depth == 1) {
            root = localName;
            if (localName.equals("appSettings")) {
                openSection();
            }
        } else if (depth == 2 && !sectionSeen && localName.equals("appSettings")) {
            openSection();
        } else if (sectionDepth > 0 && depth == sectionDepth + 1 && localName.equals("add")) {
            entries.add(new Entry(attribute(attributes, "key"), attribute(attributes, "value")));
        }
        for (int i = 0; i < attributes.getLength() && !holdsToken; i++) {
            holdsToken = attributes.getValue(i).contains(RemoteAppUrl.TOKEN);
        }
    }

    private void openSection() {
        sectionSeen = true;
        sectionDepth = depth;
        entries = new ArrayList<>();
    }

    /** The first attribute of that local name, as dom4j's {@code attributeValue} finds it. */
    private static String attribute(Attributes attributes, String localName) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.getLocalName(i).equals(localName)) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        endRun();
        if (depth == sectionDepth) {
            sectionDepth = -1;
        }
        depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (holdsToken) {
            return;
        }
        String run = carry.append(ch, start, length).toString();
        holdsToken = run.contains(RemoteAppUrl.TOKEN);
        carry.setLength(0);
        carry.append(run, Math.max(0, run.length() - CARRY), run.length());
    }

    @Override
    public void startCDATA() {
        endRun();
    }

    @Override
    public void endCDATA() {
        endRun();
    }

    @Override
    public void comment(char[] ch, int start, int length) {
        endRun();
    }

    @Override
    public void processingInstruction(String target, String data) {
        endRun();
    }

    private void endRun() {
        carry.setLength(0);
    }

    /** The local name of the root element. */
    String root() {
        return root;
    }
}
