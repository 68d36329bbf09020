package dev.addinreg.inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Attribute;
import org.dom4j.Element;

import dev.addinreg.addin.AppSettings;
import dev.addinreg.addin.WebConfig;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlFile;
import dev.addinreg.xml.XmlPositions;
import dev.addinreg.xml.XmlText;

/**
 * Sets appSettings entries ({@code <add key=".." value=".."/>}) where .NET reads them ({@link WebConfig}): in the file
 * the section's {@code file} attribute names when that file sets the key, else in the section (or the file its
 * {@code configSource} names). An existing entry gets its value replaced; a missing one becomes a new line after the
 * section's last entry, indented and ended as its neighbours; a missing {@code appSettings} is created. A value
 * that a later {@code remove} or {@code clear} would delete is never written: that is a problem naming both lines.
 */
final class WebConfigEditor {
    private static final String DEFAULT_INDENT_UNIT = "  ";

    private final WebConfig web;
    private final Findings findings;
    private final Map<WebConfig.Part, FileEdit> edits = new LinkedHashMap<>();

    private WebConfigEditor(WebConfig web, Findings findings) {
        this.web = web;
        this.findings = findings;
    }

    /**
     * Plans the settings into the web.config's appSettings.
     *
     * @param settings the keys and values to set, in the order new entries are added
     * @return the edit of each file that changes
     */
    static Map<WebConfig.Part, FileEdit> plan(WebConfig web, Map<String, String> settings, Findings findings) {
        WebConfigEditor editor = new WebConfigEditor(web, findings);
        if (!web.hasSection()) {
            editor.addSection(settings);
        } else {
            editor.setEntries(settings);
        }
        return editor.edits;
    }

    private FileEdit edit(WebConfig.Part part) {
        return edits.computeIfAbsent(part, p -> new FileEdit(p.xml()));
    }

    private void setEntries(Map<String, String> settings) {
        WebConfig.Part section = web.section().orElseThrow();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String key = setting.getKey();
            // the file the section's file attribute names wins where it sets the key; else the section
            WebConfig.Part part = web.file().filter(file -> !file.settings().adds(key).isEmpty()).orElse(section);
            List<AppSettings.Entry> repeated = part.settings().repeated(key);
            if (!repeated.isEmpty()) {
                findings.add(Problem.error(part.settings().file() + ":" + lines(repeated), "appSettings key \"" + key + "\" is set "
                        + repeated.size() + " times", null, "one <add key=\"" + key + "\"> entry",
                        "remove all but one; .NET would use the last one silently"));
                continue;
            }
            List<AppSettings.Entry> all = part.settings().adds(key);
            List<AppSettings.Entry> adds = all.isEmpty() ? all : List.of(all.get(all.size() - 1));
            List<AppSettings.Entry> entries = part.settings().entries();
            int after = adds.isEmpty() ? entries.size() : entries.indexOf(adds.get(0)) + 1;
            Optional<AppSettings.Entry> deletion = web.deletion(part, after, key);
            if (deletion.isPresent()) {
                String where = adds.isEmpty() ? part.settings().file() + ":" + part.settings().line() + " appSettings"
                        : adds.get(0).where() + " appSettings \"" + key + "\"";
                findings.add(Problem.error(where, key + " set here would be deleted by " + deletion.get().tag() + " at "
                        + deletion.get().where() + ", so .NET would read no " + key, null,
                        "no <clear/> or <remove key=\"" + key + "\"/> after the entry that sets it",
                        "remove the " + deletion.get().tag() + " at " + deletion.get().where() + ", or set " + key
                                + " after it in " + deletion.get().file()));
            } else if (adds.isEmpty()) {
                missing.add(key);
            } else {
                setValue(part, adds.get(0).element(), key, setting.getValue());
            }
        }
        if (!missing.isEmpty()) {
            addEntries(section, missing, settings);
        }
    }

    private void setValue(WebConfig.Part part, Element add, String key, String value) {
        FileEdit edit = edit(part);
        XmlFile xml = part.xml();
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

    /** New entries after the section's last entry, with its indentation, quotes, closing and line ending. */
    private void addEntries(WebConfig.Part part, List<String> keys, Map<String, String> settings) {
        FileEdit edit = edit(part);
        XmlFile xml = part.xml();
        XmlPositions positions = xml.positions();
        Element section = part.settings().section();
        List<AppSettings.Entry> entries = part.settings().entries();
        String what = "new entries " + keys;
        if (entries.isEmpty()) {
            insertChildren(part, section, entryLines(keys, settings, indentOf(xml, section) + indentUnit(xml)), what);
        } else {
            XmlPositions.Tag last = xml.tag(entries.get(entries.size() - 1).element());
            String indent = Optional.ofNullable(positions.indentBefore(last.start()))
                    .orElseGet(() -> indentOf(xml, section) + indentUnit(xml));
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
    private void addSection(Map<String, String> settings) {
        WebConfig.Part part = web.webConfig();
        FileEdit edit = edit(part);
        XmlFile xml = part.xml();
        XmlPositions positions = xml.positions();
        Element configuration = xml.root();
        List<Element> children = configuration.elements();
        String indent = children.isEmpty()
                ? indentOf(xml, configuration) + indentUnit(xml)
                : Optional.ofNullable(positions.indentBefore(xml.tag(children.get(0)).start()))
                        .orElse(indentOf(xml, configuration) + indentUnit(xml));
        List<String> keys = List.copyOf(settings.keySet());
        String lineEnding = positions.lineEnding();
        StringBuilder section = new StringBuilder(indent).append("<appSettings>");
        for (String line : entryLines(keys, settings, indent + indentUnit(xml))) {
            section.append(lineEnding).append(line);
        }
        section.append(lineEnding).append(indent).append("</appSettings>");
        if (children.isEmpty()) {
            insertChildren(part, configuration, List.of(section.toString()), "new appSettings section");
        } else {
            int end = xml.tag(children.get(children.size() - 1)).end();
            edit.insert(end, positions.lineEndingAfter(end) + section, "new appSettings section");
        }
        keys.forEach(key -> edit.change(key + " set"));
        edit.change("appSettings added");
    }

    /** Inserts whole lines as the first children of an element with no child elements. */
    private void insertChildren(WebConfig.Part part, Element parent, List<String> lines, String what) {
        FileEdit edit = edit(part);
        XmlFile xml = part.xml();
        XmlPositions.Tag tag = xml.tag(parent);
        String text = xml.positions().text();
        String lineEnding = xml.positions().lineEndingAfter(tag.start());
        StringBuilder inserted = new StringBuilder();
        lines.forEach(line -> inserted.append(lineEnding).append(line));
        if (tag.selfClosing()) {
            int trimmed = text.lastIndexOf('/', tag.startTagEnd() - 1);
            while (Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            edit.replace(trimmed, tag.startTagEnd(), ">" + inserted + lineEnding + indentOf(xml, parent) + "</" + tag.name() + ">",
                    what);
            return;
        }
        String content = text.substring(tag.startTagEnd(), tag.endTagStart());
        if (content.indexOf('\n') >= 0 || content.indexOf('\r') >= 0) {
            edit.insert(tag.startTagEnd(), inserted.toString(), what);
        } else {
            edit.insert(tag.startTagEnd(), inserted + lineEnding + indentOf(xml, parent), what);
        }
    }

    private static List<String> entryLines(List<String> keys, Map<String, String> settings, String indent) {
        return keys.stream().map(key -> indent + entry(key, settings.get(key), '"', " />")).toList();
    }

    private static String entry(String key, String value, char quote, String closing) {
        return "<add key=" + quote + XmlText.escapeAttribute(key, quote) + quote
                + " value=" + quote + XmlText.escapeAttribute(value, quote) + quote + closing;
    }

    private static String indentOf(XmlFile xml, Element element) {
        String indent = xml.positions().indentBefore(xml.tag(element).start());
        return indent == null ? "" : indent;
    }

    /** The step by which this file indents a child under its parent; two spaces when none can be seen. */
    private static String indentUnit(XmlFile xml) {
        return xml.positions().indentStep().orElse(DEFAULT_INDENT_UNIT);
    }

    private static String lines(List<AppSettings.Entry> entries) {
        return String.join(" and ", entries.stream().map(e -> String.valueOf(e.line())).toList());
    }
}
