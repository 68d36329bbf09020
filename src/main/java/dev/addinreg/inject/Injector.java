package dev.addinreg.inject;

import static dev.addinreg.files.ProjectFiles.display;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;


import dev.addinreg.addin.AddinManifest;
import dev.addinreg.addin.Hosting;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.ProjectFiles;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;
import dev.addinreg.xml.ParsedXml;
import dev.addinreg.xml.XmlFileException;

/**
 * Injects a registration into an add-in: plans every edit in memory, confirms the bytes of each edited
 * file with the XML parser, and writes only when no problem was found, so bad input leaves every file as
 * it was.
 */
public final class Injector {
    private final InjectRequest request;
    private final OutputLayout layout;
    private final AtomicWriter writer;
    private final Findings findings = new Findings();
    private final List<Planned> planned = new ArrayList<>();
    private final List<Copy> copies = new ArrayList<>();

    private Injector(InjectRequest request, AtomicWriter writer) {
        this.request = request;
        this.layout = new OutputLayout(request.outputDirectory(),
                (request.webConfig() == null ? request.packageDirectory() : request.webConfig()).toAbsolutePath().getParent(),
                request.packageDirectory());
        this.writer = writer;
    }

    /** A file that goes to the output unchanged; {@code content} is its bytes when they were read already, else {@code null}. */
    private record Copy(Path source, Path target, byte[] content) {
        Copy(Path source, Path target) {
            this(source, target, null);
        }
    }

    /** One file's new content, not yet written. */
    private record Planned(Path source, Path target, FileEdit edit, byte[] content) {
    }

    public static InjectOutcome inject(InjectRequest request, AtomicWriter writer) throws IOException {
        return new Injector(request, writer).run();
    }

    private InjectOutcome run() throws IOException {
        Registration registration = request.registration();
        Hosting hosting = planManifest(registration);
        if (hosting == Hosting.PROVIDER_HOSTED && request.webConfig() != null) {
            planWebConfig(registration);
        }
        planPackage();
        if (!findings.errors().isEmpty()) {
            return new InjectOutcome(hosting, List.of(), 0, 0, findings);
        }
        List<InjectOutcome.EditedFile> edited = new ArrayList<>();
        for (Planned file : planned) {
            boolean written = writer.write(file.target(), file.content(), file.source());
            edited.add(new InjectOutcome.EditedFile(name(file.source()), name(file.target()), file.edit().changes(),
                    file.edit().positions(), written));
        }
        int copiesWritten = 0;
        for (Copy copy : copies) {
            boolean written = copy.content() == null ? writer.copy(copy.source(), copy.target())
                    : writer.write(copy.target(), copy.content(), copy.source());
            if (written) {
                copiesWritten++;
            }
        }
        return new InjectOutcome(hosting, edited, copies.size(), copiesWritten, findings);
    }

    private Hosting planManifest(Registration registration) throws IOException {
        Path manifest = request.appManifest();
        Optional<ParsedXml> parsed = read(manifest, "appManifest");
        if (parsed.isEmpty()) {
            return Hosting.UNKNOWN;
        }
        FileEdit edit = new FileEdit(parsed.get().tree());
        AddinManifest read = AddinManifest.of(parsed.get(), name(manifest), findings);
        read.remoteWebApplication().ifPresent(application -> registration.clientId().ifPresentOrElse(
                id -> ManifestEditor.setClientId(edit, application, id.value()),
                () -> missing("client ID", "RemoteWebApplication ClientId in " + name(manifest))));
        replaceTokens(edit, manifest);
        if (edit.changes().isEmpty()) {
            // a SharePoint-hosted manifest without a token: nothing set, so it is a copy like any other package file
            if (!request.inPlace()) {
                copies.add(new Copy(manifest, layout.packageFile(manifest)));
            }
            return read.hosting();
        }
        plan(manifest, layout.packageFile(manifest), parsed.get(), edit);
        return read.hosting();
    }

    private void planWebConfig(Registration registration) throws IOException {
        Optional<Path> webConfig = ProjectFiles.findIgnoringCase(request.webConfig());
        if (webConfig.isEmpty()) {
            findings.add(Problem.error(name(request.webConfig()), "there is no web.config", null,
                    "the provider-hosted add-in's Web.config (or web.config) at this path",
                    "set webConfig to the web application's Web.config; if the web application keeps its settings"
                            + " elsewhere (ASP.NET Core's appsettings.json), set skipWebConfig"));
            return;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        registration.clientId().map(ClientId::value).ifPresentOrElse(id -> settings.put("ClientId", id),
                () -> missing("client ID", "ClientId in " + name(webConfig.get())));
        registration.primary().ifPresentOrElse(secret -> settings.put(SecretRole.PRIMARY.appSettingKey(), secret.secret().reveal()),
                () -> missing("client secret", "ClientSecret in " + name(webConfig.get())));
        registration.secondary().ifPresent(secret -> settings.put(SecretRole.SECONDARY.appSettingKey(), secret.secret().reveal()));
        if (settings.size() < 2) {
            return;
        }
        Optional<ParsedXml> parsed = readOutline(webConfig.get(), "webConfig");
        if (parsed.isEmpty()) {
            return;
        }
        FileEdit edit = new FileEdit(parsed.get().tree());
        String file = name(webConfig.get());
        Optional<String> configSource = WebConfigEditor.editWebConfig(edit, file, settings, findings);
        if (configSource.isEmpty()) {
            Confirmation confirmed = plan(webConfig.get(), layout.webFile(webConfig.get()), parsed.get(), edit);
            confirmSettings(webConfig.get(), confirmed, settings);
            return;
        }
        Path folder = webConfig.get().toAbsolutePath().getParent();
        Path source = folder.resolve(configSource.get().replace('\\', '/')).normalize();
        if (!source.startsWith(folder)) {
            findings.add(Problem.error(file, "appSettings configSource points outside the web application's folder",
                    "configSource=\"" + configSource.get() + "\"", "a file in or below " + name(folder),
                    "keep the appSettings file beside Web.config, as .NET requires"));
            return;
        }
        Optional<ParsedXml> section = readOutline(source, "appSettings configSource of " + file);
        if (section.isPresent()) {
            FileEdit sectionEdit = new FileEdit(section.get().tree());
            WebConfigEditor.editConfigSource(sectionEdit, name(source), settings, findings);
            Confirmation confirmed = plan(source, layout.webFile(source), section.get(), sectionEdit);
            confirmSettings(source, confirmed, settings);
        }
        if (!request.inPlace()) {
            copies.add(new Copy(webConfig.get(), layout.webFile(webConfig.get())));
        }
    }

    private void planPackage() throws IOException {
        Path folder = request.packageDirectory();
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.find(folder, Integer.MAX_VALUE, (path, attributes) -> attributes.isRegularFile())) {
            files = walk.sorted().toList();
        }
        Path manifest = request.appManifest().toAbsolutePath().normalize();
        for (Path file : files) {
            if (file.toAbsolutePath().normalize().equals(manifest)) {
                continue;
            }
            // a package XML file is read once: searched for the token, then parsed or copied from these bytes
            byte[] bytes = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml") ? Files.readAllBytes(file) : null;
            if (bytes != null && RemoteAppUrl.mayHold(bytes)) {
                Optional<ParsedXml> parsed = read(file, bytes, "packageDirectory");
                if (parsed.isPresent()) {
                    FileEdit edit = new FileEdit(parsed.get().tree());
                    if (replaceTokens(edit, file) > 0) {
                        plan(file, layout.packageFile(file), parsed.get(), edit);
                        continue;
                    }
                }
            }
            if (!request.inPlace()) {
                copies.add(new Copy(file, layout.packageFile(file), bytes));
            }
        }
    }

    private int replaceTokens(FileEdit edit, Path file) {
        Optional<String> origin = request.registration().appDomain().map(AppDomain::origin);
        if (origin.isPresent()) {
            return RemoteAppUrl.replace(edit, origin.get());
        }
        FileEdit probe = new FileEdit(edit.tree());
        if (RemoteAppUrl.replace(probe, "") > 0) {
            missing("add-in domain", "~remoteAppUrl in " + name(file));
        }
        return 0;
    }

    private void missing(String what, String neededFor) {
        findings.add(Problem.error(neededFor, "no " + what + " is configured", null, "the " + what + " to write there",
                "configure the " + what + " (see the plugin's README: parameters and where the secret comes from)"));
    }

    private Optional<ParsedXml> read(Path file, String parameter) throws IOException {
        return read(file, null, parameter, false);
    }

    /** Reads a web.config (or its appSettings file) to edit: no dom4j document, only the outline to appSettings. */
    private Optional<ParsedXml> readOutline(Path file, String parameter) throws IOException {
        return read(file, null, parameter, true);
    }

    /** Reads and checks a file, from {@code bytes} when they were read already; a problem is a finding. */
    private Optional<ParsedXml> read(Path file, byte[] bytes, String parameter) throws IOException {
        return read(file, bytes, parameter, false);
    }

    private Optional<ParsedXml> read(Path file, byte[] bytes, String parameter, boolean outline) throws IOException {
        String name = name(file);
        if (!Files.exists(file)) {
            findings.add(Problem.error(name, "the file does not exist", null, "the file " + parameter + " names",
                    "correct " + parameter + " or create the file"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            findings.add(Problem.error(name, "this is not a regular file", null, "the file " + parameter + " names",
                    "point " + parameter + " at the file itself"));
            return Optional.empty();
        }
        try {
            if (outline) {
                return Optional.of(ParsedXml.readOutline(file, name, "appSettings"));
            }
            return Optional.of(bytes == null ? ParsedXml.read(file, name) : ParsedXml.of(name, bytes));
        } catch (XmlFileException e) {
            findings.add(Problem.error(e.where(), e.what(), null, "well-formed XML", e.fix()));
            return Optional.empty();
        }
    }

    /**
     * Plans the edited bytes of a file after reading them with the XML parser, as they will be written;
     * returns what the parser read, for further checks.
     */
    private Confirmation plan(Path source, Path target, ParsedXml parsed, FileEdit edit) {
        byte[] content = edit.resultBytes(parsed.source());
        Confirmation confirmed;
        try {
            confirmed = Confirmation.read(name(source), content);
        } catch (XmlFileException e) {
            throw new IllegalStateException("the edited text of " + name(source) + " is not well-formed: " + e.where(), e);
        }
        if (confirmed.holdsToken() && request.registration().appDomain().isPresent()) {
            throw new IllegalStateException("~remoteAppUrl is left in the edited text of " + name(source));
        }
        planned.add(new Planned(source, request.inPlace() ? source : target, edit, content));
        return confirmed;
    }

    /** Checks the edited appSettings as the parser read them: each key must hold exactly the value set. */
    private void confirmSettings(Path source, Confirmation confirmed, Map<String, String> settings) {
        if (!findings.errors().isEmpty()) {
            return;
        }
        List<Confirmation.Entry> section = confirmed.appSettings().orElseThrow(
                () -> new IllegalStateException("the edited " + name(source) + " has no appSettings section"));
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            List<Confirmation.Entry> entries = section.stream()
                    .filter(add -> setting.getKey().equalsIgnoreCase(add.key())).toList();
            if (entries.size() != 1 || !setting.getValue().equals(entries.get(0).value())) {
                throw new IllegalStateException("the edited " + name(source) + " does not hold the value set for " + setting.getKey());
            }
        }
    }

    private String name(Path file) {
        return display(request.baseDir(), file);
    }
}
