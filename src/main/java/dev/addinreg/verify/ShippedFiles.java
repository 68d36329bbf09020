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
import dev.addinreg.addin.FileProblems;
import dev.addinreg.addin.RemoteAppUrl;
import dev.addinreg.addin.WebConfig;
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

    /** The web.config that will ship, with the files whose appSettings .NET reads with it. */
    Optional<WebConfig> webConfig() throws IOException {
        Path webConfig = files.webConfig();
        if (!Files.exists(webConfig)) {
            problems.add(Problem.error(reader.name(webConfig), "there is no web.config", null,
                    "the provider-hosted add-in's Web.config", "set webConfig, or run addin:inject first; if the web"
                            + " application keeps its settings elsewhere (ASP.NET Core's appsettings.json), set skipWebConfig"));
            return Optional.empty();
        }
        Optional<WebConfig> web = WebConfig.read(webConfig, reader, (file, namedBy) -> read(file), problems);
        if (web.isPresent() && !web.get().hasSection()) {
            XmlFile xml = web.get().webConfig().xml();
            problems.add(Problem.error(xml.name() + ":" + xml.line(xml.root()), "the web.config has no appSettings", null,
                    "appSettings with ClientId and ClientSecret", "run addin:inject before addin:verify, and ship its output"));
            return Optional.empty();
        }
        return web;
    }

    /** Reads the package folder's XML files that may hold a token (the manifest is read on its own). */
    void packageFolder() throws IOException {
        List<Path> xmlFiles = reader.packageFiles(files.packageDirectory(), files.appManifest(), files.packagePatterns(), problems).stream()
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
