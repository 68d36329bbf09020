package dev.addinreg.addin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dom4j.Element;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlFile;

/**
 * A {@code web.config}'s appSettings as .NET's {@code ConfigurationManager.AppSettings} reads them, which is how
 * TokenHelper reads the registration. The section of {@code configuration}, or the file its {@code configSource}
 * names instead, comes first; the file its {@code file} attribute names (when it exists: a missing one is ignored)
 * is applied after it, so its keys win. In each, {@code add} sets a key (a later one replaces it), {@code remove}
 * deletes it and {@code clear} deletes every key so far; keys match ignoring case. Sections inside
 * {@code <location path="...">} apply to other paths, not to the application.
 */
public final class WebConfig {
    private static final String WEB_CONFIG_FIX = "point webConfig at the web application's Web.config";
    /** The keys TokenHelper reads the registration from; the certificate keys start with the prefix. */
    private static final List<String> REGISTRATION_KEYS = List.of("ClientId", "ClientSecret", "SecondaryClientSecret", "IssuerId");
    private static final String CERTIFICATE_KEYS = "ClientSigningCertificate";

    /**
     * A file that holds appSettings .NET reads.
     *
     * @param path where the file is
     * @param xml the file as read
     * @param settings its appSettings section
     */
    public record Part(Path path, XmlFile xml, AppSettings settings) {
    }

    /**
     * An {@code add} inside {@code <location>}: it applies to another path than the application's root.
     *
     * @param path the location's {@code path}
     */
    public record LocationEntry(String path, AppSettings.Entry entry) {
    }

    /**
     * What .NET reads for a key.
     *
     * @param add the entry that sets it
     * @param overridden the earlier entries of the key it replaces, in the order read
     */
    public record Value(String key, AppSettings.Entry add, List<AppSettings.Entry> overridden) {
        /** The value; empty when the {@code add} has no {@code value} attribute. */
        public Optional<String> value() {
            return add.value();
        }
    }

    /** How the caller reads a file the web.config names, with its own words for a missing one. */
    @FunctionalInterface
    public interface Reading {
        /**
         * @param namedBy what names the file, for the problem when it is missing ({@code webConfig},
         *     {@code appSettings configSource of Web.config})
         */
        Optional<XmlFile> read(Path file, String namedBy) throws IOException;
    }

    private final Part webConfig;
    private final List<Part> parts;
    private final List<LocationEntry> locations;

    private WebConfig(Part webConfig, List<Part> parts, List<LocationEntry> locations) {
        this.webConfig = webConfig;
        this.parts = parts;
        this.locations = locations;
    }

    /**
     * Reads a web.config and the files it names. What .NET would refuse is a problem in {@code found}, and then
     * the result is empty.
     */
    public static Optional<WebConfig> read(Path path, AddinFileReader reader, Reading reading, Findings found)
            throws IOException {
        Optional<XmlFile> read = reading.read(path, "webConfig");
        if (read.isEmpty()) {
            return Optional.empty();
        }
        XmlFile xml = read.get();
        Element root = xml.root();
        if (!root.getName().equals("configuration")) {
            found.add(Problem.error(xml.name() + ":" + xml.line(root), "the root element is <" + root.getQualifiedName() + ">",
                    "<" + root.getQualifiedName() + ">", "<configuration>, as in every web.config", WEB_CONFIG_FIX));
            return Optional.empty();
        }
        List<Element> sections = AppSettings.sections(root);
        if (sections.size() > 1) {
            found.add(Problem.error(xml.name() + ":" + String.join(" and ", sections.stream().map(e -> String.valueOf(xml.line(e)))
                    .toList()), "appSettings appears " + sections.size() + " times", null,
                    "one appSettings section under configuration", "merge the sections into one"));
            return Optional.empty();
        }
        Part webPart = new Part(path, xml, sections.isEmpty() ? null : AppSettings.of(xml, sections.get(0)));
        List<Part> parts = new ArrayList<>();
        if (webPart.settings() != null) {
            Optional<Part> section = section(webPart, reader, reading, found);
            if (section.isEmpty()) {
                return Optional.empty();
            }
            parts.add(section.get());
            Optional<String> file = section.get().settings().path("file");
            if (file.isPresent()) {
                Optional<Path> resolved = AppSettings.resolve(path, file.get());
                if (resolved.isEmpty()) {
                    found.add(outside(section.get().settings(), "file", file.get(), reader.name(path.toAbsolutePath().getParent())));
                    return Optional.empty();
                }
                if (Files.exists(resolved.get())) {
                    Optional<Part> filePart = appSettingsFile(resolved.get(), "appSettings file of " + section.get().xml().name(),
                            reading, found);
                    if (filePart.isEmpty()) {
                        return Optional.empty();
                    }
                    parts.add(filePart.get());
                }
            }
        }
        WebConfig web = new WebConfig(webPart, List.copyOf(parts), locations(xml));
        for (LocationEntry location : web.locations()) {
            if (isRegistrationKey(location.entry().key())) {
                found.add(locationWarning(location));
            }
        }
        return Optional.of(web);
    }

    /** Whether TokenHelper reads {@code key} for the registration (keys match ignoring case). */
    public static boolean isRegistrationKey(String key) {
        return key != null && (REGISTRATION_KEYS.stream().anyMatch(key::equalsIgnoreCase)
                || key.regionMatches(true, 0, CERTIFICATE_KEYS, 0, CERTIFICATE_KEYS.length()));
    }

    private static Problem locationWarning(LocationEntry location) {
        String key = location.entry().key();
        String applies = location.path().isEmpty() || location.path().equals(".")
                ? "a <location> section, which the add-in's registration is not read from"
                : "the path " + location.path() + ", not to the application, whose appSettings TokenHelper reads";
        return Problem.warning(location.entry().where() + " <location path=\"" + location.path() + "\"> appSettings \"" + key + "\"",
                key + " here applies to " + applies, null, key + " in configuration/appSettings",
                "move the entry to configuration/appSettings, where addin:inject sets it, or remove it");
    }

    /** The part that holds the section's entries: web.config itself, or the file its configSource names. */
    private static Optional<Part> section(Part webPart, AddinFileReader reader, Reading reading, Findings found)
            throws IOException {
        AppSettings section = webPart.settings();
        Optional<String> configSource = section.path("configSource");
        if (configSource.isEmpty()) {
            return Optional.of(webPart);
        }
        XmlFile xml = webPart.xml();
        if (!section.entries().isEmpty() || section.path("file").isPresent()) {
            found.add(Problem.error(xml.name() + ":" + section.line(), "appSettings names a configSource and also holds entries"
                    + " or a file attribute", null, "<appSettings configSource=\"" + configSource.get() + "\" /> alone, as .NET requires",
                    "move the entries, and the file attribute, into " + configSource.get()));
            return Optional.empty();
        }
        Optional<Path> resolved = AppSettings.resolve(webPart.path(), configSource.get());
        if (resolved.isEmpty()) {
            found.add(outside(section, "configSource", configSource.get(), reader.name(webPart.path().toAbsolutePath().getParent())));
            return Optional.empty();
        }
        return appSettingsFile(resolved.get(), "appSettings configSource of " + xml.name(), reading, found);
    }

    /** A file named by configSource or file: its root must be the section itself. */
    private static Optional<Part> appSettingsFile(Path path, String namedBy, Reading reading, Findings found) throws IOException {
        Optional<XmlFile> read = reading.read(path, namedBy);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        XmlFile xml = read.get();
        Element root = xml.root();
        if (!root.getName().equals("appSettings")) {
            // .NET refuses such a file; skipping it would skip the client ID and secret checks unseen
            found.add(Problem.error(xml.name() + ":" + xml.line(root), "the root element is <" + root.getQualifiedName() + ">",
                    "<" + root.getQualifiedName() + ">", "<appSettings>, as in a file named by " + namedBy.replaceFirst(" of .*", ""),
                    "make the file hold the appSettings section itself"));
            return Optional.empty();
        }
        return Optional.of(new Part(path, xml, AppSettings.of(xml, root)));
    }

    private static Problem outside(AppSettings section, String attribute, String named, String folder) {
        return FileProblems.outsideWebFolder(section.file() + ":" + section.line(), attribute, named, folder);
    }

    /** The {@code add} entries of the appSettings inside {@code <location>} elements. */
    private static List<LocationEntry> locations(XmlFile xml) {
        List<LocationEntry> entries = new ArrayList<>();
        for (Element location : AppSettings.children(xml.root())) {
            if (location.getName().equals("location")) {
                String path = Optional.ofNullable(location.attributeValue("path")).orElse("");
                for (Element section : AppSettings.sections(location)) {
                    AppSettings.of(xml, section).adds().forEach(add -> entries.add(new LocationEntry(path, add)));
                }
            }
        }
        return entries;
    }

    /** The web.config itself. */
    public Part webConfig() {
        return webConfig;
    }

    /** Whether the web.config has an appSettings section at all. */
    public boolean hasSection() {
        return !parts.isEmpty();
    }

    /**
     * The files whose appSettings .NET reads, in the order it applies them: the section (web.config's, or its
     * configSource file), then the file its {@code file} attribute names when that exists. Empty without a section.
     */
    public List<Part> parts() {
        return parts;
    }

    /** The part that holds the section's own entries: web.config, or its configSource file. */
    public Optional<Part> section() {
        return parts.stream().findFirst();
    }

    /** The file the section's {@code file} attribute names, when it exists. */
    public Optional<Part> file() {
        return parts.size() > 1 ? Optional.of(parts.get(1)) : Optional.empty();
    }

    /** The {@code add} entries inside {@code <location>} elements. */
    public List<LocationEntry> locations() {
        return locations;
    }

    /** What .NET reads for {@code key}; empty when no entry sets it, or a later one deleted it. */
    public Optional<Value> effective(String key) {
        return effective(parts.stream().map(Part::settings).toList(), key);
    }

    /** What .NET reads for {@code key} from these sections, applied in this order. */
    public static Optional<Value> effective(List<AppSettings> sections, String key) {
        AppSettings.Entry current = null;
        List<AppSettings.Entry> overridden = new ArrayList<>();
        for (AppSettings section : sections) {
            for (AppSettings.Entry entry : section.entries()) {
                if (entry.adds(key)) {
                    if (current != null) {
                        overridden.add(current);
                    }
                    current = entry;
                } else if (entry.deletes(key)) {
                    current = null;
                    overridden.clear();
                }
            }
        }
        return current == null ? Optional.empty() : Optional.of(new Value(key, current, List.copyOf(overridden)));
    }

    /**
     * The entry that deletes what an {@code add} of {@code key} placed after {@code position} entries of {@code part}
     * would set: the first later {@code remove} of the key or {@code clear}, in that part or a later one, before any
     * later {@code add} of the key replaces it. Empty when nothing deletes it.
     */
    public Optional<AppSettings.Entry> deletion(Part part, int position, String key) {
        boolean after = false;
        for (Part each : parts) {
            List<AppSettings.Entry> entries = each.settings().entries();
            int from = each == part ? position : 0;
            after |= each == part;
            if (!after) {
                continue;
            }
            for (AppSettings.Entry entry : entries.subList(Math.min(from, entries.size()), entries.size())) {
                if (entry.adds(key)) {
                    return Optional.empty();
                }
                if (entry.deletes(key)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An {@code add} of a key that .NET does not read, because a later entry deleted it.
     *
     * @param by the {@code remove} or {@code clear} that deleted it
     */
    public record Deleted(AppSettings.Entry add, AppSettings.Entry by) {
    }

    /** The last {@code add} of {@code key} and what deleted it, when .NET reads none though one is written. */
    public Optional<Deleted> deleted(String key) {
        if (effective(key).isPresent()) {
            return Optional.empty();
        }
        for (int p = parts.size() - 1; p >= 0; p--) {
            List<AppSettings.Entry> entries = parts.get(p).settings().entries();
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (entries.get(i).adds(key)) {
                    AppSettings.Entry add = entries.get(i);
                    return deletion(parts.get(p), i + 1, key).map(by -> new Deleted(add, by));
                }
            }
        }
        return Optional.empty();
    }
}
