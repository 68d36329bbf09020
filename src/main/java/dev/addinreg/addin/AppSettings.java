package dev.addinreg.addin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.dom4j.Element;

import dev.addinreg.xml.XmlFile;

/**
 * The appSettings of a {@code web.config}, or of the file its {@code configSource} names: entries
 * matched by key as .NET matches them, ignoring case. Every value is dom4j's.
 */
public final class AppSettings {
    private final XmlFile xml;
    private final Element section;

    private AppSettings(XmlFile xml, Element section) {
        this.xml = xml;
        this.section = section;
    }

    /** The appSettings of a file whose root is {@code configuration} or {@code appSettings}; empty if it has none. */
    public static Optional<AppSettings> of(XmlFile xml) {
        return section(xml.root()).map(section -> new AppSettings(xml, section));
    }

    /** The appSettings section of a document: its root when that is {@code appSettings}, else the root's first one. */
    public static Optional<Element> section(Element root) {
        return root.getName().equals("appSettings") ? Optional.of(root) : sections(root).stream().findFirst();
    }

    /** The {@code appSettings} children of a {@code configuration} element. */
    public static List<Element> sections(Element configuration) {
        return children(configuration, "appSettings");
    }

    /** The children of {@code parent} with this local name, in its namespace (a web.config may declare one on its root). */
    static List<Element> children(Element parent, String localName) {
        return parent.elements().stream()
                .filter(e -> e.getName().equals(localName) && e.getNamespaceURI().equals(parent.getNamespaceURI())).toList();
    }

    /**
     * The file {@code configSource} names, when the section lives in another file, with {@code /} as the
     * separator (Visual Studio writes Windows paths such as {@code Config\AppSettings.config}).
     */
    public Optional<String> configSource() {
        return Optional.ofNullable(section.attributeValue("configSource")).map(path -> path.replace('\\', '/'));
    }

    /**
     * The file a {@code configSource} names, resolved against the folder of {@code webConfig}; empty when it
     * lies outside that folder, which .NET refuses.
     */
    public static Optional<Path> resolve(Path webConfig, String configSource) {
        Path folder = webConfig.toAbsolutePath().normalize().getParent();
        Path file = folder.resolve(configSource.replace('\\', '/')).normalize();
        return file.startsWith(folder) ? Optional.of(file) : Optional.empty();
    }

    /** An entry: its value (absent when the {@code value} attribute is) and its line. */
    public record Entry(String key, Optional<String> value, int line) {
    }

    /** Every {@code add} entry whose key equals {@code key}, ignoring case. */
    public List<Entry> entries(String key) {
        return adds(key).stream()
                .map(add -> new Entry(key, Optional.ofNullable(add.attributeValue("value")), xml.line(add)))
                .toList();
    }

    /** The {@code add} children whose key is {@code key}, ignoring case as .NET does. */
    public List<Element> adds(String key) {
        return adds(section, key);
    }

    /** The {@code add} children of an appSettings section whose key is {@code key}, ignoring case as .NET does. */
    public static List<Element> adds(Element section, String key) {
        return children(section, "add").stream().filter(add -> key.equalsIgnoreCase(add.attributeValue("key"))).toList();
    }

    /** Every {@code add} child, in order. */
    public List<Element> adds() {
        return children(section, "add");
    }

    public Element section() {
        return section;
    }

    public XmlFile xml() {
        return xml;
    }

    /** The line of the section's start tag. */
    public int line() {
        return xml.line(section);
    }
}
