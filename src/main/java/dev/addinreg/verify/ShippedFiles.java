package dev.addinreg.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.addinreg.addin.AddinFileReader;
import dev.addinreg.addin.AddinFiles;
import dev.addinreg.addin.AddinManifest;
import dev.addinreg.addin.AppSettings;
import dev.addinreg.addin.FileProblems;
import dev.addinreg.addin.RemoteAppUrl;
import dev.addinreg.apppackage.AppPackage;
import dev.addinreg.apppackage.AppPackageException;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlFile;

/**
 * Reads the files that will ship, as {@link Verifier} checks them: the manifest (loose, or inside the built
 * package), the {@code web.config}'s appSettings (or the file its {@code configSource} names), and the package
 * files that may hold {@code ~remoteAppUrl}. What cannot be read is a problem in {@link #problems()}.
 */
final class ShippedFiles {
    private static final String WILL_SHIP = "the add-in file that will ship";
    private static final String FIX_FILE = "run addin:inject first, or point the parameter at the file";

    private final AddinFiles files;
    private final AddinFileReader reader;
    private final Findings problems = new Findings();
    private final List<XmlFile> packageFiles = new ArrayList<>();
    private int scanned = 1;

    ShippedFiles(AddinFiles files) {
        this.files = files;
        this.reader = new AddinFileReader(files.baseDir());
    }

    /** The appSettings of the shipped web.config, or of the file its configSource names. */
    record WebConfigValues(String file, AppSettings settings) {
        /** The one value of a key; missing, empty, duplicated or valueless entries are problems. */
        Optional<Found> single(String key, List<Problem> problems) {
            List<AppSettings.Entry> entries = settings.entries(key);
            String where = file + ":" + (entries.isEmpty() ? settings.line() : entries.get(0).line()) + " appSettings \"" + key + "\"";
            if (entries.size() > 1) {
                problems.add(Problem.error(file + ":" + String.join(" and ", entries.stream().map(e -> String.valueOf(e.line())).toList())
                        + " appSettings \"" + key + "\"", "the key is set " + entries.size() + " times", null,
                        "one <add key=\"" + key + "\"> entry", "remove all but one; .NET would use the last one silently"));
                return Optional.empty();
            }
            if (entries.isEmpty() || entries.get(0).value().orElse("").isEmpty()) {
                problems.add(Problem.error(where, entries.isEmpty() ? "the key is missing" : "the value is empty", null,
                        "<add key=\"" + key + "\" value=\"...\" />", "run addin:inject before addin:verify, and ship its output"));
                return Optional.empty();
            }
            return Optional.of(new Found(where, entries.get(0).value().get()));
        }
    }

    /** A value found in a file, with where. */
    record Found(String where, String value) {
    }

    /** The manifest: the loose one, or the one in the built package with, in {@link #packageFiles()}, the package's parts. */
    Optional<AddinManifest> manifest() throws IOException {
        if (files.appPackage() == null) {
            return read(files.appManifest()).map(xml -> AddinManifest.of(xml, problems));
        }
        Path file = files.appPackage();
        try (AppPackage app = AppPackage.open(file, reader.name(file))) {
            Optional<XmlFile> manifest = parse(app.where(app.manifest()), app.read(app.manifest()));
            List<String> parts = app.xmlParts();
            scanned = parts.size() + 1;
            for (String part : parts) {
                byte[] bytes = app.read(part);
                if (RemoteAppUrl.mayHold(bytes)) {
                    parse(app.where(part), bytes).ifPresent(packageFiles::add);
                }
            }
            return manifest.map(xml -> AddinManifest.of(xml, problems));
        } catch (AppPackageException e) {
            problems.add(FileProblems.unusablePackage(e, "the add-in package (.app) that will ship"));
            return Optional.empty();
        }
    }

    /** The appSettings of the web.config that will ship. */
    Optional<WebConfigValues> webConfig() throws IOException {
        Path webConfig = files.webConfig();
        if (!Files.exists(webConfig)) {
            problems.add(Problem.error(reader.name(webConfig), "there is no web.config", null,
                    "the provider-hosted add-in's Web.config", "set webConfig, or run addin:inject first; if the web"
                            + " application keeps its settings elsewhere (ASP.NET Core's appsettings.json), set skipWebConfig"));
            return Optional.empty();
        }
        Optional<XmlFile> xml = read(webConfig);
        if (xml.isEmpty()) {
            return Optional.empty();
        }
        XmlFile web = xml.get();
        if (!web.root().getName().equals("configuration")) {
            // .NET refuses such a file, as addin:inject does
            problems.add(Problem.error(web.name() + ":" + web.line(web.root()), "the root element is <" + web.root().getQualifiedName() + ">",
                    "<" + web.root().getQualifiedName() + ">", "<configuration>, as in every web.config",
                    "point webConfig at the web application's Web.config"));
            return Optional.empty();
        }
        Optional<AppSettings> settings = AppSettings.of(web);
        if (settings.isEmpty()) {
            problems.add(Problem.error(web.name() + ":" + web.line(web.root()), "the web.config has no appSettings", null,
                    "appSettings with ClientId and ClientSecret", "run addin:inject before addin:verify, and ship its output"));
            return Optional.empty();
        }
        Optional<String> configSource = settings.get().configSource();
        if (configSource.isEmpty()) {
            return Optional.of(new WebConfigValues(web.name(), settings.get()));
        }
        Optional<Path> source = AppSettings.resolve(webConfig, configSource.get());
        if (source.isEmpty()) {
            problems.add(FileProblems.configSourceOutside(web.name() + ":" + settings.get().line(), configSource.get(),
                    reader.name(webConfig.toAbsolutePath().getParent())));
            return Optional.empty();
        }
        Optional<XmlFile> section = read(source.get());
        if (section.isEmpty()) {
            return Optional.empty();
        }
        if (!section.get().root().getName().equals("appSettings")) {
            // .NET refuses such a file; skipping it would skip the client ID and secret checks unseen
            XmlFile file = section.get();
            problems.add(Problem.error(file.name() + ":" + file.line(file.root()), "the root element is <" + file.root().getQualifiedName() + ">",
                    "<" + file.root().getQualifiedName() + ">", "<appSettings>, as in a file named by appSettings configSource",
                    "make the file hold the appSettings section itself"));
            return Optional.empty();
        }
        return AppSettings.of(section.get()).map(s -> new WebConfigValues(section.get().name(), s));
    }

    /** Reads the package folder's XML files that may hold a token (the manifest is read on its own). */
    void packageFolder() throws IOException {
        List<Path> xmlFiles = reader.packageFiles(files.packageDirectory(), files.appManifest(), problems).stream()
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")).toList();
        scanned = xmlFiles.size() + 1;
        for (Path file : xmlFiles) {
            byte[] bytes = reader.readBytes(file);
            if (RemoteAppUrl.mayHold(bytes)) {
                parse(reader.name(file), bytes).ifPresent(packageFiles::add);
            }
        }
    }

    private Optional<XmlFile> read(Path file) throws IOException {
        return reader.read(file, problems, WILL_SHIP, FIX_FILE, FIX_FILE);
    }

    private Optional<XmlFile> parse(String name, byte[] bytes) {
        return reader.parse(name, bytes, problems);
    }

    /** What could not be read, or is not what it should be. */
    Findings problems() {
        return problems;
    }

    /** The files read, relative to the project. */
    List<String> read() {
        return reader.parsed();
    }

    /** The package files or parts that may hold a token. */
    List<XmlFile> packageFiles() {
        return packageFiles;
    }

    /** How many package files or parts were looked at for tokens, the manifest included. */
    int scanned() {
        return scanned;
    }
}
