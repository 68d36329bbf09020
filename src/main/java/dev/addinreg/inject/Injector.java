package dev.addinreg.inject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Document;

import dev.addinreg.addin.AddinFileReader;
import dev.addinreg.addin.AddinFiles;
import dev.addinreg.addin.AddinManifest;
import dev.addinreg.addin.WebConfig;
import dev.addinreg.addin.FileProblems;
import dev.addinreg.addin.Hosting;
import dev.addinreg.addin.RemoteAppUrl;
import dev.addinreg.apppackage.AppPackage;
import dev.addinreg.apppackage.AppPackageException;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.ProjectFiles;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;
import dev.addinreg.xml.XmlFile;

/**
 * Injects a registration into an add-in: plans every edit in memory, confirms the bytes of each edited
 * file with the XML parser, and leaves the writing to {@link InjectWriter}, which writes nothing when a
 * problem was found, so bad input leaves every file as it was.
 */
public final class Injector {
    private static final String PACKAGE_AS_BUILT = "an add-in package (.app) as Visual Studio builds it";
    private final AddinFiles files;
    private final Registration registration;
    private final AddinFileReader reader;
    private final Findings findings = new Findings();
    private final List<InjectPlan.PlannedFile> edited = new ArrayList<>();
    private final List<InjectPlan.PlannedFile> copies = new ArrayList<>();
    private InjectPlan.PlannedPackage plannedPackage;

    private Injector(InjectRequest request) {
        this.files = request.files();
        this.registration = request.registration();
        this.reader = new AddinFileReader(files.baseDir());
    }

    /** A manifest's planned edits, the hosting model it declares, and the version set in it ({@code null} for none). */
    private record EditedManifest(FileEdit edit, Hosting hosting, String version) {
    }

    /** Plans the injection, then writes it when nothing is wrong. */
    public static InjectOutcome inject(InjectRequest request, AtomicWriter writer) throws IOException {
        return InjectWriter.write(new Injector(request).plan(), request.files(), writer);
    }

    private InjectPlan plan() throws IOException {
        Hosting hosting = files.appPackage() == null ? planManifest() : planAppPackage();
        if (hosting == Hosting.PROVIDER_HOSTED && files.webConfig() != null) {
            planWebConfig();
        }
        if (files.appPackage() == null) {
            planPackage();
        }
        return new InjectPlan(hosting, findings, edited, copies, plannedPackage);
    }

    private Hosting planManifest() throws IOException {
        Path manifest = files.appManifest();
        Optional<XmlFile> xml = read(manifest, "appManifest");
        if (xml.isEmpty()) {
            return Hosting.UNKNOWN;
        }
        EditedManifest manifestEdit = editManifest(xml.get());
        if (manifestEdit.edit().changes().isEmpty()) {
            // a SharePoint-hosted manifest without a token or version to set: a copy like any other package file
            copy(manifest, files.packageOutput(manifest), xml.get().source().bytes());
        } else {
            plan(manifest, files.packageOutput(manifest), manifestEdit.edit(), confirmed(manifestEdit.edit(), manifestEdit.version()));
        }
        return manifestEdit.hosting();
    }

    /**
     * Plans {@code ClientId}, the version and the tokens of a manifest. A configured version is set whatever the hosting
     * model: SharePoint offers a SharePoint-hosted add-in's upgrade by its version too.
     */
    private EditedManifest editManifest(XmlFile xml) {
        FileEdit edit = new FileEdit(xml);
        AddinManifest manifest = AddinManifest.of(xml, findings);
        manifest.remoteWebApplication().ifPresent(application -> registration.clientId().ifPresentOrElse(
                id -> ManifestEditor.setClientId(edit, application, id.value()),
                () -> missing("client ID", "RemoteWebApplication ClientId in " + xml.name())));
        String version = manifest.hosting() == Hosting.UNKNOWN ? null : registration.version().map(Object::toString).orElse(null);
        if (version != null) {
            ManifestEditor.setVersion(edit, xml.root(), version);
        }
        replaceTokens(edit);
        return new EditedManifest(edit, manifest.hosting(), version);
    }

    /**
     * Plans a built package's edited copy: the manifest and every XML part holding {@code ~remoteAppUrl} edited
     * as loose files are, every other entry copied as it is. The input package is never written.
     */
    private Hosting planAppPackage() throws IOException {
        Path source = files.appPackage();
        try (AppPackage app = AppPackage.open(source, name(source))) {
            if (app.signed()) {
                findings.add(Problem.error(app.name(), "the package is signed, and any edit would break its signature", null,
                        "an unsigned package", "inject into the sources before the package is built and signed, or sign the"
                                + " package after addin:inject"));
                return Hosting.UNKNOWN;
            }
            Map<String, byte[]> replaced = new LinkedHashMap<>();
            List<FileEdit> edits = new ArrayList<>();
            Optional<XmlFile> manifest = reader.parse(app.where(app.manifest()), app.read(app.manifest()), findings);
            if (manifest.isEmpty()) {
                return Hosting.UNKNOWN;
            }
            EditedManifest manifestEdit = editManifest(manifest.get());
            if (!manifestEdit.edit().changes().isEmpty()) {
                replaced.put(app.manifest(), confirmed(manifestEdit.edit(), manifestEdit.version()));
                edits.add(manifestEdit.edit());
            }
            for (String part : app.xmlParts()) {
                byte[] bytes = readPart(app, part);
                Optional<XmlFile> xml = bytes != null && RemoteAppUrl.mayHold(bytes)
                        ? reader.parse(app.where(part), bytes, findings) : Optional.empty();
                if (xml.isPresent()) {
                    FileEdit edit = new FileEdit(xml.get());
                    if (replaceTokens(edit) > 0) {
                        replaced.put(part, confirmed(edit, null));
                        edits.add(edit);
                    }
                }
            }
            plannedPackage = new InjectPlan.PlannedPackage(source, files.appPackageOutput(), replaced, edits);
            return manifestEdit.hosting();
        } catch (AppPackageException e) {
            findings.add(FileProblems.unusablePackage(e, PACKAGE_AS_BUILT));
            return Hosting.UNKNOWN;
        }
    }

    /** A part's bytes, or {@code null} with the problem recorded. */
    private byte[] readPart(AppPackage app, String part) throws IOException {
        try {
            return app.read(part);
        } catch (AppPackageException e) {
            findings.add(FileProblems.unusablePackage(e, PACKAGE_AS_BUILT));
            return null;
        }
    }

    private void planWebConfig() throws IOException {
        Path configured = files.webConfig();
        if (Files.exists(configured) && !Files.isRegularFile(configured)) {
            findings.add(Problem.error(name(configured), "this is not a regular file", null,
                    "the file webConfig names", "point webConfig at the web application's Web.config itself"));
            return;
        }
        Optional<Path> found = ProjectFiles.findIgnoringCase(configured);
        if (found.isEmpty()) {
            findings.add(Problem.error(name(configured), "there is no web.config", null,
                    "the provider-hosted add-in's Web.config (or web.config) at this path",
                    "set webConfig to the web application's Web.config; if the web application keeps its settings"
                            + " elsewhere (ASP.NET Core's appsettings.json), set skipWebConfig"));
            return;
        }
        Path webConfig = found.get();
        Map<String, String> settings = new LinkedHashMap<>();
        registration.clientId().map(ClientId::value).ifPresentOrElse(id -> settings.put("ClientId", id),
                () -> missing("client ID", "ClientId in " + name(webConfig)));
        if (registration.highTrust().isPresent()) {
            settings.putAll(HighTrustSettings.of(registration.highTrust().get()));
        } else {
            registration.primary().ifPresentOrElse(secret -> settings.put(SecretRole.PRIMARY.appSettingKey(), secret.secret().reveal()),
                    () -> missing("client secret", "ClientSecret in " + name(webConfig)));
            registration.secondary().ifPresent(secret -> settings.put(SecretRole.SECONDARY.appSettingKey(), secret.secret().reveal()));
        }
        if (settings.size() < 2) {
            return;
        }
        Optional<WebConfig> web = WebConfig.read(webConfig, reader, this::read, findings);
        if (web.isEmpty()) {
            return;
        }
        Map<WebConfig.Part, FileEdit> edits = WebConfigEditor.plan(web.get(), settings, findings);
        Map<Path, byte[]> edited = new LinkedHashMap<>();
        for (WebConfig.Part part : files(web.get())) {
            FileEdit edit = edits.get(part);
            if (edit == null) {
                copy(part.path(), files.webOutput(part.path()), part.xml().source().bytes());
            } else {
                edited.put(part.path(), edit.result());
                plan(part.path(), files.webOutput(part.path()), edit, edited.get(part.path()));
            }
        }
        if (findings.errors().isEmpty()) {
            // with an error, some values were not set: nothing is written, so there is nothing to confirm. A
            // ~remoteAppUrl in a web.config is none of the plugin's business: its tokens are the package's.
            Confirmation.requireEffective(web.get(), edited, settings);
        }
    }

    /** The web.config and every file whose appSettings .NET reads with it: each goes to the output. */
    private static List<WebConfig.Part> files(WebConfig web) {
        List<WebConfig.Part> parts = new ArrayList<>();
        parts.add(web.webConfig());
        web.parts().stream().filter(part -> !part.path().equals(web.webConfig().path())).forEach(parts::add);
        return parts;
    }

    private void planPackage() throws IOException {
        for (Path file : reader.packageFiles(files.packageDirectory(), files.appManifest(), files.packagePatterns(), findings)) {
            // a package XML file is read once: searched for the token, then parsed or copied from these bytes
            byte[] bytes = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml") ? reader.readBytes(file) : null;
            Optional<XmlFile> xml = bytes != null && RemoteAppUrl.mayHold(bytes)
                    ? reader.parse(name(file), bytes, findings) : Optional.empty();
            if (xml.isPresent()) {
                FileEdit edit = new FileEdit(xml.get());
                if (replaceTokens(edit) > 0) {
                    plan(file, files.packageOutput(file), edit, confirmed(edit, null));
                    continue;
                }
            }
            copy(file, files.packageOutput(file), bytes);
        }
    }

    /** Plans the tokens' replacement, or the problem of a missing add-in domain when there are tokens; returns how many. */
    private int replaceTokens(FileEdit edit) {
        Optional<String> origin = registration.appDomain().map(AppDomain::origin);
        if (origin.isPresent()) {
            return edit.replaceTokens(origin.get());
        }
        if (!RemoteAppUrl.find(edit.xml()).isEmpty()) {
            missing("add-in domain", "~remoteAppUrl in " + edit.xml().name());
        }
        return 0;
    }

    private void missing(String what, String neededFor) {
        findings.add(Problem.error(neededFor, "no " + what + " is configured", null, "the " + what + " to write there", FIXES.get(what)));
    }

    /** How each value that inject needs is given: the fix when it is missing. */
    private static final Map<String, String> FIXES = Map.of(
            "client ID", "set clientId (-Daddin.clientId) to the client ID AppRegNew.aspx gave, or give it as the username of the"
                    + " settings.xml server that serverId names",
            "client secret", "set the environment variable ADDIN_CLIENT_SECRET (or the one clientSecretEnv names) to the secret;"
                    + " in CI, map the secret store's entry to it; or name a settings.xml server whose password is the secret"
                    + " with serverId",
            "add-in domain", "set appDomain (-Daddin.appDomain) to the host of the remote web application, such as"
                    + " addin.contoso.com");

    /**
     * The edited bytes of a manifest or package file or part, confirmed by the XML parser: no token is left, and a
     * manifest's root holds the version set ({@code version}, or {@code null} when none was set).
     */
    private byte[] confirmed(FileEdit edit, String version) {
        byte[] content = edit.result();
        Document confirmed = Confirmation.parse(edit.xml().name(), content);
        if (registration.appDomain().isPresent()) {
            Confirmation.requireNoToken(edit.xml().name(), confirmed);
        }
        if (version != null) {
            Confirmation.requireVersion(edit.xml().name(), confirmed, version);
        }
        return content;
    }

    /** Plans a file's edited bytes, written to its copy or, in place, to itself. */
    private void plan(Path source, Path target, FileEdit edit, byte[] content) {
        edited.add(new InjectPlan.PlannedFile(source, files.inPlace() ? source : target, content, edit.changes(), edit.positions()));
    }

    /** Plans a copy of a file; {@code content} is its bytes when they were read, else {@code null}. Nothing in place. */
    private void copy(Path source, Path target, byte[] content) {
        if (!files.inPlace()) {
            copies.add(new InjectPlan.PlannedFile(source, target, content, List.of(), List.of()));
        }
    }

    /** Reads a file a parameter names; {@code parameter} says which, in the problem when it is missing. */
    private Optional<XmlFile> read(Path file, String parameter) throws IOException {
        return reader.read(file, findings, "the file " + parameter + " names", "correct " + parameter + " or create the file",
                "point " + parameter + " at the file itself");
    }

    private String name(Path file) {
        return reader.name(file);
    }
}
