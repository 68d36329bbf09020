package dev.addinreg.addin;

import java.util.List;
import java.util.Optional;

import dev.addinreg.xml.ParsedXml;
import dev.addinreg.xml.XmlText;
import dev.addinreg.xml.XmlTree;
import dev.addinreg.xml.XmlTree.Element;

/**
 * The appSettings of a {@code web.config}, or of the file its {@code configSource} names: entries
 * matched by key as .NET matches them, ignoring case.
 */
public final class AppSettings {
    private final ParsedXml xml;
    private final Element section;

    private AppSettings(ParsedXml xml, Element section) {
        this.xml = xml;
        this.section = section;
    }

    /** The appSettings of a file whose root is {@code configuration} or {@code appSettings}; empty if it has none. */
    public static Optional<AppSettings> of(ParsedXml xml) {
        Element root = xml.tree().root();
        if (root.localName().equals("appSettings")) {
            return Optional.of(new AppSettings(xml, root));
        }
        return root.children("appSettings").stream().findFirst().map(section -> new AppSettings(xml, section));
    }

    /**
     * The file {@code configSource} names, when the section lives in another file, with {@code /} as the
     * separator (Visual Studio writes Windows paths such as {@code Config\AppSettings.config}).
     */
    public Optional<String> configSource() {
        return section.attribute("configSource").map(xml::value).map(path -> path.replace('\\', '/'));
    }

    /** An entry: its value (absent when the {@code value} attribute is) and its line. */
    public record Entry(String key, Optional<String> value, int line) {
    }

    /** Every {@code add} entry whose key equals {@code key}, ignoring case. */
    public List<Entry> entries(String key) {
        return adds(xml.tree(), section, key).stream()
                .map(add -> new Entry(key, add.attribute("value").map(xml::value), xml.line(add)))
                .toList();
    }

    /** The {@code add} children of an appSettings section whose key is {@code key}, ignoring case as .NET does. */
    public static List<Element> adds(XmlTree tree, Element section, String key) {
        return section.children("add").stream()
                .filter(add -> add.attribute("key").map(a -> XmlText.unescape(
                        tree.text().substring(a.valueStart(), a.valueEnd())).equalsIgnoreCase(key)).orElse(false))
                .toList();
    }

    /** The line of the section's start tag. */
    public int line() {
        return xml.tree().line(section.start());
    }

}
