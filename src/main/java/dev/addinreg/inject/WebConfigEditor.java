package dev.addinreg.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.addinreg.addin.AppSettings;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlText;
import dev.addinreg.xml.XmlTree;
import dev.addinreg.xml.XmlTree.Element;

/**
 * Sets appSettings entries ({@code <add key=".." value=".."/>}) in a {@code web.config}, or in the
 * file its {@code appSettings configSource} names. An existing entry gets its value replaced; a
 * missing one becomes a new line after the last {@code add}, indented and ended as its neighbours;
 * a missing {@code appSettings} is created. Keys match as .NET matches them, ignoring case.
 */
final class WebConfigEditor {
    private static final String DEFAULT_INDENT_UNIT = "  ";

    private final FileEdit edit;
    private final String file;
    private final Findings findings;

    private WebConfigEditor(FileEdit edit, String file, Findings findings) {
        this.edit = edit;
        this.file = file;
        this.findings = findings;
    }

    /**
     * Plans the settings into a {@code web.config} whose root is {@code configuration}.
     *
     * @param settings the keys and values to set, in the order new entries are added
     * @return the {@code configSource} the appSettings section names, when it does: then nothing is
     *     planned here and the settings go into that file
     */
    static Optional<String> editWebConfig(FileEdit edit, String file, Map<String, String> settings, Findings findings) {
        Element root = edit.tree().root();
        if (!root.localName().equals("configuration")) {
            findings.add(Problem.error(file + ":" + edit.tree().line(root.start()), "the root element is <" + root.name() + ">",
                    "<" + root.name() + ">", "<configuration>, as in every web.config",
                    "point webConfig at the web application's Web.config"));
            return Optional.empty();
        }
        List<Element> sections = root.children("appSettings");
        if (sections.size() > 1) {
            findings.add(Problem.error(file + ":" + lines(edit.tree(), sections), "appSettings appears " + sections.size() + " times",
                    null, "one appSettings section under configuration", "merge the sections into one"));
            return Optional.empty();
        }
        WebConfigEditor editor = new WebConfigEditor(edit, file, findings);
        if (sections.isEmpty()) {
            editor.addSection(root, settings);
            return Optional.empty();
        }
        Element section = sections.get(0);
        Optional<XmlTree.Attribute> configSource = section.attribute("configSource");
        if (configSource.isPresent()) {
            String raw = edit.tree().text().substring(configSource.get().valueStart(), configSource.get().valueEnd());
            return Optional.of(XmlText.unescape(raw));
        }
        editor.setEntries(section, settings);
        return Optional.empty();
    }

    /** Plans the settings into a file an {@code appSettings configSource} names: its root is {@code appSettings}. */
    static void editConfigSource(FileEdit edit, String file, Map<String, String> settings, Findings findings) {
        Element root = edit.tree().root();
        if (!root.localName().equals("appSettings")) {
            findings.add(Problem.error(file + ":" + edit.tree().line(root.start()), "the root element is <" + root.name() + ">",
                    "<" + root.name() + ">", "<appSettings>, as in a file named by appSettings configSource",
                    "make the file hold the appSettings section itself"));
            return;
        }
        new WebConfigEditor(edit, file, findings).setEntries(root, settings);
    }

    private void setEntries(Element section, Map<String, String> settings) {
        XmlTree tree = edit.tree();
        List<Element> adds = section.children("add");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String key = setting.getKey();
            List<Element> matching = AppSettings.adds(tree, section, key);
            if (matching.size() > 1) {
                findings.add(Problem.error(file + ":" + lines(tree, matching), "appSettings key \"" + key + "\" is set "
                        + matching.size() + " times", null, "one <add key=\"" + key + "\"> entry",
                        "remove all but one; .NET would use the last one silently"));
            } else if (matching.isEmpty()) {
                missing.add(key);
            } else {
                setValue(matching.get(0), key, setting.getValue());
            }
        }
        if (!missing.isEmpty()) {
            addEntries(section, adds, missing, settings);
        }
    }

    private void setValue(Element add, String key, String value) {
        Optional<XmlTree.Attribute> attribute = add.attribute("value");
        if (attribute.isEmpty()) {
            XmlTree.Attribute keyAttribute = add.attribute("key").orElseThrow();
            char quote = keyAttribute.quote();
            edit.insert(keyAttribute.valueEnd() + 1, " value=" + quote + XmlText.escapeAttribute(value, quote) + quote,
                    "value of " + key);
            edit.change(key + " set");
            return;
        }
        XmlTree.Attribute current = attribute.get();
        if (XmlText.unescape(raw(current)).equals(value)) {
            edit.change(key + " already set");
            return;
        }
        edit.replace(current.valueStart(), current.valueEnd(), XmlText.escapeAttribute(value, current.quote()), "value of " + key);
        edit.change(key + " set");
    }

    private void addEntries(Element section, List<Element> adds, List<String> keys, Map<String, String> settings) {
        XmlTree tree = edit.tree();
        String text = tree.text();
        if (!adds.isEmpty()) {
            Element last = adds.get(adds.size() - 1);
            String indent = Optional.ofNullable(tree.indentBefore(last.start()))
                    .orElseGet(() -> indentOf(section) + indentUnit());
            String lineEnding = tree.lineEndingAfter(last.end());
            char quote = last.attributes().isEmpty() ? '"' : last.attributes().get(0).quote();
            String closing = text.startsWith(" />", last.startTagEnd() - 3) || !last.selfClosing() ? " />" : "/>";
            StringBuilder lines = new StringBuilder();
            for (String key : keys) {
                lines.append(lineEnding).append(indent).append(entry(key, settings.get(key), quote, closing));
            }
            edit.insert(last.end(), lines.toString(), "new entries " + keys);
        } else {
            insertChildren(section, entryLines(keys, settings, indentOf(section) + indentUnit()), "new entries " + keys);
        }
        keys.forEach(key -> edit.change(key + " set"));
    }

    /** Creates {@code <appSettings>} as the last child of {@code configuration}. */
    private void addSection(Element configuration, Map<String, String> settings) {
        XmlTree tree = edit.tree();
        String indent = configuration.children().isEmpty()
                ? indentOf(configuration) + indentUnit()
                : Optional.ofNullable(tree.indentBefore(configuration.children().get(0).start()))
                        .orElse(indentOf(configuration) + indentUnit());
        List<String> keys = List.copyOf(settings.keySet());
        String lineEnding = tree.lineEnding();
        StringBuilder section = new StringBuilder(indent).append("<appSettings>");
        for (String line : entryLines(keys, settings, indent + indentUnit())) {
            section.append(lineEnding).append(line);
        }
        section.append(lineEnding).append(indent).append("</appSettings>");
        if (configuration.children().isEmpty()) {
            insertChildren(configuration, List.of(section.toString()), "new appSettings section");
        } else {
            Element last = configuration.children().get(configuration.children().size() - 1);
            edit.insert(last.end(), tree.lineEndingAfter(last.end()) + section, "new appSettings section");
        }
        keys.forEach(key -> edit.change(key + " set"));
        edit.change("appSettings added");
    }

    /** Inserts whole lines as the first children of an element with no child elements. */
    private void insertChildren(Element parent, List<String> lines, String what) {
        XmlTree tree = edit.tree();
        String text = tree.text();
        String lineEnding = tree.lineEndingAfter(parent.start());
        StringBuilder inserted = new StringBuilder();
        lines.forEach(line -> inserted.append(lineEnding).append(line));
        if (parent.selfClosing()) {
            int slash = text.lastIndexOf('/', parent.startTagEnd() - 1);
            int trimmed = slash;
            while (Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            edit.replace(trimmed, parent.startTagEnd(), ">" + inserted + lineEnding + indentOf(parent) + "</" + parent.name() + ">", what);
            return;
        }
        String content = text.substring(parent.startTagEnd(), parent.endTagStart());
        if (content.indexOf('\n') >= 0 || content.indexOf('\r') >= 0) {
            edit.insert(parent.startTagEnd(), inserted.toString(), what);
        } else {
            edit.insert(parent.startTagEnd(), inserted + lineEnding + indentOf(parent), what);
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
        String indent = edit.tree().indentBefore(element.start());
        return indent == null ? "" : indent;
    }

    /** The step by which this file indents a child under its parent; two spaces when none can be seen. */
    private String indentUnit() {
        return edit.tree().indentStep().orElse(DEFAULT_INDENT_UNIT);
    }

    private String raw(XmlTree.Attribute attribute) {
        return edit.tree().text().substring(attribute.valueStart(), attribute.valueEnd());
    }

    private static String lines(XmlTree tree, List<Element> elements) {
        return String.join(" and ", elements.stream().map(e -> String.valueOf(tree.line(e.start()))).toList());
    }
}
