package dev.addinreg.addin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.dom4j.Element;

import dev.addinreg.xml.XmlFile;

/**
 * One appSettings section as one file writes it: its {@code add}, {@code remove} and {@code clear} entries in
 * order, each with its line. Which value .NET reads, across the section and the files it names, is
 * {@link WebConfig}'s to say.
 */
public final class AppSettings {
    /** What an entry does. */
    public enum Kind {
        /** {@code <add key value/>}: sets a key; a later one of the same key replaces it. */
        ADD,
        /** {@code <remove key/>}: deletes a key. */
        REMOVE,
        /** {@code <clear/>}: deletes every key so far. */
        CLEAR
    }

    /**
     * One entry.
     *
     * @param key the key; {@code null} for {@code clear}
     * @param value the value of an {@code add}; empty when it has no {@code value} attribute
     * @param file how messages name the file it stands in
     * @param line the line of its tag
     */
    public record Entry(Kind kind, String key, Optional<String> value, String file, int line, Element element) {
        /** Whether this entry deletes {@code key}: a {@code clear}, or a {@code remove} of it (keys match ignoring case). */
        public boolean deletes(String key) {
            return kind == Kind.CLEAR || (kind == Kind.REMOVE && key.equalsIgnoreCase(this.key));
        }

        /** Whether this is an {@code add} of {@code key}. */
        public boolean adds(String key) {
            return kind == Kind.ADD && key.equalsIgnoreCase(this.key);
        }

        /** How a message names the entry: {@code file:line}. */
        public String where() {
            return file + ":" + line;
        }

        /** The entry as written, for a message: {@code <clear/>}, {@code <remove key="ClientId"/>}. */
        public String tag() {
            return switch (kind) {
                case CLEAR -> "<clear/>";
                case REMOVE -> "<remove key=\"" + key + "\"/>";
                case ADD -> "<add key=\"" + key + "\"/>";
            };
        }
    }

    private final String file;
    private final Element section;
    private final int line;
    private final List<Entry> entries;

    private AppSettings(String file, Element section, int line, List<Entry> entries) {
        this.file = file;
        this.section = section;
        this.line = line;
        this.entries = entries;
    }

    /** The section {@code section} of {@code xml}. */
    public static AppSettings of(XmlFile xml, Element section) {
        return of(xml.name(), section, xml::line);
    }

    /** The section {@code section} of the file named {@code file} in messages, lines given by {@code line}. */
    public static AppSettings of(String file, Element section, ToIntFunction<Element> line) {
        List<Entry> entries = new ArrayList<>();
        for (Element child : children(section)) {
            Kind kind = switch (child.getName()) {
                case "add" -> Kind.ADD;
                case "remove" -> Kind.REMOVE;
                case "clear" -> Kind.CLEAR;
                default -> null;
            };
            if (kind != null) {
                entries.add(new Entry(kind, kind == Kind.CLEAR ? null : child.attributeValue("key"),
                        Optional.ofNullable(child.attributeValue("value")), file, line.applyAsInt(child), child));
            }
        }
        return new AppSettings(file, section, line.applyAsInt(section), List.copyOf(entries));
    }

    /** The appSettings section of a document: its root when that is {@code appSettings}, else the root's first one. */
    public static Optional<Element> section(Element root) {
        return root.getName().equals("appSettings") ? Optional.of(root) : sections(root).stream().findFirst();
    }

    /** The {@code appSettings} children of a {@code configuration} element. */
    public static List<Element> sections(Element configuration) {
        return children(configuration).stream().filter(e -> e.getName().equals("appSettings")).toList();
    }

    /** The children of {@code parent} in its namespace (a web.config may declare one on its root). */
    static List<Element> children(Element parent) {
        return parent.elements().stream().filter(e -> e.getNamespaceURI().equals(parent.getNamespaceURI())).toList();
    }

    /**
     * A path the section names in an attribute ({@code configSource}, {@code file}), with {@code /} as the
     * separator (Visual Studio writes Windows paths such as {@code Config\AppSettings.config}).
     */
    public Optional<String> path(String attribute) {
        return Optional.ofNullable(section.attributeValue(attribute)).map(path -> path.replace('\\', '/'));
    }

    /**
     * A file a section names ({@code configSource}, {@code file}), resolved against the folder of
     * {@code webConfig}; empty when it lies outside that folder.
     */
    public static Optional<Path> resolve(Path webConfig, String path) {
        Path folder = webConfig.toAbsolutePath().normalize().getParent();
        Path file = folder.resolve(path.replace('\\', '/')).normalize();
        return file.startsWith(folder) ? Optional.of(file) : Optional.empty();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The {@code add} entries of {@code key}, ignoring case as .NET does. */
    public List<Entry> adds(String key) {
        return entries.stream().filter(entry -> entry.adds(key)).toList();
    }

    /**
     * The {@code add} entries of {@code key} that stand one after the other with no {@code remove} or {@code clear}
     * of it between them: .NET uses the last silently, so which one the author meant cannot be told. Empty when the
     * key is set once at a time.
     */
    public List<Entry> repeated(String key) {
        List<Entry> run = new ArrayList<>();
        List<Entry> repeated = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.adds(key)) {
                run.add(entry);
            } else if (entry.deletes(key)) {
                run.clear();
            }
            if (run.size() > 1) {
                repeated = List.copyOf(run);
            }
        }
        return repeated;
    }

    /** The {@code add} entries, in order. */
    public List<Entry> adds() {
        return entries.stream().filter(entry -> entry.kind() == Kind.ADD).toList();
    }

    /** How messages name the file the section stands in. */
    public String file() {
        return file;
    }

    public Element section() {
        return section;
    }

    /** The line of the section's start tag. */
    public int line() {
        return line;
    }
}
