package dev.addinreg.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Attribute;
import org.dom4j.Element;

import dev.addinreg.addin.AppSettings;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlFile;
import dev.addinreg.xml.XmlPositions;
import dev.addinreg.xml.XmlText;

/**
 * Sets appSettings entries ({@code <add key=".." value=".."/>}) in a {@code web.config}, or in the
 * file its {@code appSettings configSource} names. An existing entry gets its value replaced; a
 * missing one becomes a new line after the last {@code add}, indented and ended as its neighbours;
 * a missing {@code appSettings} is created. Keys match as .NET matches them, ignoring case.
 */
final class WebConfigEditor {
    private static final String DEFAULT_INDENT_UNIT = "  ";

    private final FileEdit edit;
    private final XmlFile xml;
    private final XmlPositions positions;
    private final Findings findings;

    private WebConfigEditor(FileEdit edit, Findings findings) {
        this.edit = edit;
        this.xml = edit.xml();
        this.positions = xml.positions();
        this.findings = findings;
    }

    /**
     * Plans the settings into a {@code web.config} whose root is {@code configuration}.
     *
     * @param settings the keys and values to set, in the order new entries are added
     * @return the appSettings section when it names a {@code configSource}: then nothing is planned here and
     *     the settings go into that file
     */
    static Optional<AppSettings> editWebConfig(FileEdit edit, Map<String, String> settings, Findings findings) {
        XmlFile xml = edit.xml();
        Element root = xml.root();
        if (!root.getName().equals("configuration")) {
            findings.add(Problem.error(xml.name() + ":" + xml.line(root), "the root element is <" + root.getQualifiedName() + ">",
                    "<" + root.getQualifiedName() + ">", "<configuration>, as in every web.config",
                    "point webConfig at the web application's Web.config"));
            return Optional.empty();
        }
        List<Element> sections = AppSettings.sections(root);
        if (sections.size() > 1) {
            findings.add(Problem.error(xml.name() + ":" + lines(xml, sections), "appSettings appears " + sections.size() + " times",
                    null, "one appSettings section under configuration", "merge the sections into one"));
            return Optional.empty();
        }
        WebConfigEditor editor = new WebConfigEditor(edit, findings);
        if (sections.isEmpty()) {
            editor.addSection(root, settings);
            return Optional.empty();
        }
        AppSettings section = AppSettings.of(xml).orElseThrow();
        if (section.configSource().isPresent()) {
            return Optional.of(section);
        }
        editor.setEntries(section, settings);
        return Optional.empty();
    }

    /** Plans the settings into a file an {@code appSettings configSource} names: its root is {@code appSettings}. */
    static void editConfigSource(FileEdit edit, Map<String, String> settings, Findings findings) {
        XmlFile xml = edit.xml();
        Element root = xml.root();
        if (!root.getName().equals("appSettings")) {
            findings.add(Problem.error(xml.name() + ":" + xml.line(root), "the root element is <" + root.getQualifiedName() + ">",
                    "<" + root.getQualifiedName() + ">", "<appSettings>, as in a file named by appSettings configSource",
                    "make the file hold the appSettings section itself"));
            return;
        }
        new WebConfigEditor(edit, findings).setEntries(AppSettings.of(xml).orElseThrow(), settings);
    }

    private void setEntries(AppSettings section, Map<String, String> settings) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String key = setting.getKey();
            List<Element> matching = section.adds(key);
            if (matching.size() > 1) {
                findings.add(Problem.error(xml.name() + ":" + lines(xml, matching), "appSettings key \"" + key + "\" is set "
                        + matching.size() + " times", null, "one <add key=\"" + key + "\"> entry",
                        "remove all but one; .NET would use the last one silently"));
            } else if (matching.isEmpty()) {
                missing.add(key);
            } else {
                setValue(matching.get(0), key, setting.getValue());
            }
        }
        if (!missing.isEmpty()) {
            addEntries(section, missing, settings);
        }
    }

    private void setValue(Element add, String key, String value) {
        Attribute attribute = add.attribute("value");
        if (attribute == null) {
            XmlPositions.Attribute keyAttribute = xml.position(add, add.attribute("key")).orElseThrow();
            char quote = keyAttribute.quote();
            edit.insert(keyAttribute.valueEnd() + 1, " value=" + quote + XmlText.escapeAttribute(value, quote) + quote,
                    "value of " + key);
            edit.change(key + " set");
            return;
        }
        if (attribute.getValue().equals(value)) {
            edit.change(key + " already set");
            return;
        }
        XmlPositions.Attribute current = xml.position(add, attribute).orElseThrow();
        edit.replace(current.valueStart(), current.valueEnd(), XmlText.escapeAttribute(value, current.quote()), "value of " + key);
        edit.change(key + " set");
    }

    private void addEntries(AppSettings section, List<String> keys, Map<String, String> settings) {
        List<Element> adds = section.adds();
        String what = "new entries " + keys;
        if (adds.isEmpty()) {
            insertChildren(section.section(), entryLines(keys, settings, indentOf(section.section()) + indentUnit()), what);
        } else {
            XmlPositions.Tag last = xml.tag(adds.get(adds.size() - 1));
            String indent = Optional.ofNullable(positions.indentBefore(last.start()))
                    .orElseGet(() -> indentOf(section.section()) + indentUnit());
            String lineEnding = positions.lineEndingAfter(last.end());
            char quote = last.attributes().isEmpty() ? '"' : last.attributes().get(0).quote();
            String closing = positions.text().startsWith(" />", last.startTagEnd() - 3) || !last.selfClosing() ? " />" : "/>";
            StringBuilder lines = new StringBuilder();
            for (String key : keys) {
                lines.append(lineEnding).append(indent).append(entry(key, settings.get(key), quote, closing));
            }
            edit.insert(last.end(), lines.toString(), what);
        }
        keys.forEach(key -> edit.change(key + " set"));
    }

    /** Creates {@code <appSettings>} as the last child of {@code configuration}. */
    private void addSection(Element configuration, Map<String, String> settings) {
        List<Element> children = configuration.elements();
        String indent = children.isEmpty()
                ? indentOf(configuration) + indentUnit()
                : Optional.ofNullable(positions.indentBefore(xml.tag(children.get(0)).start()))
                        .orElse(indentOf(configuration) + indentUnit());
        List<String> keys = List.copyOf(settings.keySet());
        String lineEnding = positions.lineEnding();
        StringBuilder section = new StringBuilder(indent).append("<appSettings>");
        for (String line : entryLines(keys, settings, indent + indentUnit())) {
            section.append(lineEnding).append(line);
        }
        section.append(lineEnding).append(indent).append("</appSettings>");
        if (children.isEmpty()) {
            insertChildren(configuration, List.of(section.toString()), "new appSettings section");
        } else {
            int end = xml.tag(children.get(children.size() - 1)).end();
            edit.insert(end, positions.lineEndingAfter(end) + section, "new appSettings section");
        }
        keys.forEach(key -> edit.change(key + " set"));
        edit.change("appSettings added");
    }

    /** Inserts whole lines as the first children of an element with no child elements. */
    private void insertChildren(Element parent, List<String> lines, String what) {
        XmlPositions.Tag tag = xml.tag(parent);
        String text = positions.text();
        String lineEnding = positions.lineEndingAfter(tag.start());
        StringBuilder inserted = new StringBuilder();
        lines.forEach(line -> inserted.append(lineEnding).append(line));
        if (tag.selfClosing()) {
            int trimmed = text.lastIndexOf('/', tag.startTagEnd() - 1);
            while (Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            edit.replace(trimmed, tag.startTagEnd(), ">" + inserted + lineEnding + indentOf(parent) + "</" + tag.name() + ">", what);
            return;
        }
        String content = text.substring(tag.startTagEnd(), tag.endTagStart());
        if (content.indexOf('\n') >= 0 || content.indexOf('\r') >= 0) {
            edit.insert(tag.startTagEnd(), inserted.toString(), what);
        } else {
            edit.insert(tag.startTagEnd(), inserted + lineEnding + indentOf(parent), what);
        }
    }

    private List<String> entryLines(List<String> keys, Map<String, String> settings, String indent) {
        return keys.stream().map(key -> indent + entry(key, settings.get(key), '"', " />")).toList();
    }

    private static String entry(String key, String value, char quote, String closing) {
        return "<add key=" + quote + XmlText.escapeAttribute(key, quote) + quote
                + " value=" + quote + XmlText.escapeAttribute(value, quote) + quote + closing;
    }

    private String indentOf(Element element) {
        String indent = positions.indentBefore(xml.tag(element).start());
        return indent == null ? "" : indent;
    }

    /** The step by which this file indents a child under its parent; two spaces when none can be seen. */
    private String indentUnit() {
        return positions.indentStep().orElse(DEFAULT_INDENT_UNIT);
    }

    private static String lines(XmlFile xml, List<Element> elements) {
        return String.join(" and ", elements.stream().map(e -> String.valueOf(xml.line(e))).toList());
    }
}
