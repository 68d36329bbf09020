package dev.addinreg.inject;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.addinreg.addin.AddinManifest;
import dev.addinreg.addin.FileProblems;
import dev.addinreg.apppackage.AppPackage;
import dev.addinreg.apppackage.AppPackageException;
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

/**
 * Injects a registration into an add-in: plans every edit in memory, confirms the bytes of each edited
 * file with the XML parser, and writes only when no problem was found, so bad input leaves every file as
 * it was.
 */
public final class Injector {
    private static final String PACKAGE_AS_BUILT = "an add-in package (.app) as Visual Studio builds it";
    private final InjectRequest request;
    private final OutputLayout layout;
    private final AtomicWriter writer;
    private final Findings findings = new Findings();
    private final InjectState state;
    private final InjectInputs inputs;
    private final List<Planned> planned = new ArrayList<>();
    private final List<Copy> copies = new ArrayList<>();
    private PlannedPackage plannedPackage;

    private Injector(InjectRequest request, AtomicWriter writer) {
        this.request = request;
        this.layout = new OutputLayout(request.outputDirectory(),
                (request.webConfig() == null ? request.packageDirectory() : request.webConfig()).toAbsolutePath().getParent(),
                request.packageDirectory());
        this.writer = writer;
        this.inputs = new InjectInputs(request.baseDir());
        this.state = request.stateFile() == null || request.appPackage() != null ? InjectState.none()
                : InjectState.load(request.stateFile(), InjectState.key(request));
    }

    /**
     * A file that goes to the output unchanged; {@code content} is its bytes when they were read already, else
     * {@code null}; {@code upToDate} when the record of the last inject shows neither it nor its output changed.
     */
    private record Copy(Path source, Path target, byte[] content, boolean upToDate) {
    }

    /** One file's new content, not yet written; {@code null} content when the record of the last inject shows it up to date. */
    private record Planned(Path source, Path target, List<String> changes, List<String> positions, byte[] content) {
    }

    /** A built package's new content, not yet written, with the parts edited in it. */
    private record PlannedPackage(Path source, Path target, byte[] content, List<String> parts, List<FileEdit> edits,
            int entriesCopied) {
    }

    /** A manifest's planned edits and the hosting model it declares. */
    private record EditedManifest(FileEdit edit, Hosting hosting) {
    }

    public static InjectOutcome inject(InjectRequest request, AtomicWriter writer) throws IOException {
        return new Injector(request, writer).run();
    }

    private InjectOutcome run() throws IOException {
        Registration registration = request.registration();
        Hosting hosting = request.appPackage() == null ? planManifest() : planAppPackage();
        if (hosting == Hosting.PROVIDER_HOSTED && request.webConfig() != null) {
            planWebConfig(registration);
        }
        if (request.appPackage() == null) {
            planPackage();
        }
        if (!findings.errors().isEmpty()) {
            return new InjectOutcome(hosting, List.of(), 0, 0, findings, null, 0);
        }
        List<Path> targets = new ArrayList<>();
        if (plannedPackage != null) {
            targets.add(plannedPackage.target());
        }
        planned.stream().filter(file -> file.content() != null).forEach(file -> targets.add(file.target()));
        copies.stream().filter(copy -> !copy.upToDate()).forEach(copy -> targets.add(copy.target()));
        AtomicWriter.FolderCheck folders = new AtomicWriter.FolderCheck();
        for (Path target : targets) {
            Optional<Path> folder = folders.unwritableFolder(target);
            if (folder.isPresent()) {
                throw unwritable(target, folder.get(), "the folder " + name(folder.get()) + " cannot be written", null);
            }
        }
        List<InjectOutcome.EditedFile> edited = new ArrayList<>();
        InjectOutcome.WrittenPackage writtenPackage = plannedPackage == null ? null : writePackage(edited);
        // only the files to write go to the threads; those the record shows up to date are not looked at again
        List<Planned> edits = planned.stream().filter(file -> file.content() != null).toList();
        Iterator<Boolean> editsWritten = InParallel.map(edits,
                file -> written(file.target(), () -> writer.write(file.target(), file.content(), file.source()))).iterator();
        for (Planned file : planned) {
            edited.add(new InjectOutcome.EditedFile(name(file.source()), name(file.target()), file.changes(), file.positions(),
                    file.content() != null && editsWritten.next()));
        }
        List<Boolean> copiesWritten = InParallel.map(copies.stream().filter(copy -> !copy.upToDate()).toList(),
                copy -> written(copy.target(), () -> copy.content() == null ? writer.copy(copy.source(), copy.target())
                        : writer.write(copy.target(), copy.content(), copy.source())));
        int upToDate = (int) (planned.stream().filter(file -> file.content() == null).count()
                + copies.stream().filter(Copy::upToDate).count());
        if (findings.isEmpty()) {
            state.write(writer, hosting);
        }
        return new InjectOutcome(hosting, edited, copies.size(), (int) copiesWritten.stream().filter(written -> written).count(),
                findings, writtenPackage, upToDate);
    }

    /** Writes the built package's edited copy, adding its edited parts to {@code edited}. */
    private InjectOutcome.WrittenPackage writePackage(List<InjectOutcome.EditedFile> edited) throws IOException {
        boolean written = writer.write(plannedPackage.target(), plannedPackage.content(), plannedPackage.source());
        String source = name(plannedPackage.source());
        String target = name(plannedPackage.target());
        for (int i = 0; i < plannedPackage.parts().size(); i++) {
            FileEdit edit = plannedPackage.edits().get(i);
            String part = plannedPackage.parts().get(i);
            edited.add(new InjectOutcome.EditedFile(source + "!/" + part, target + "!/" + part, edit.changes(), edit.positions(),
                    written));
        }
        return new InjectOutcome.WrittenPackage(source, target, plannedPackage.entriesCopied(), written);
    }

    @FunctionalInterface
    private interface Write {
        boolean write() throws IOException;
    }

    /** Whether a write wrote; its failure as one line naming the file and the fix. */
    private boolean written(Path target, Write write) throws IOException {
        try {
            return write.write();
        } catch (IOException e) {
            throw unwritable(target, target.toAbsolutePath().getParent(), ProjectFiles.reason(e), e);
        }
    }

    /** A file that cannot be written, as one line naming it and the fix; the message holds no file content. */
    private IOException unwritable(Path target, Path folder, String reason, IOException cause) {
        return new IOException(name(target) + ": the file cannot be written (" + reason + "). Fix: make " + name(folder)
                + " writable by the user who runs Maven" + (request.inPlace() ? "" : ", or set outputDirectory to a folder that is"),
                cause);
    }

    private Hosting planManifest() throws IOException {
        Optional<List<InjectState.Entry>> unchanged = state.unchanged(InjectState.Group.MANIFEST);
        if (unchanged.isPresent()) {
            keep(unchanged.get());
            return state.recordedHosting();
        }
        Path manifest = request.appManifest();
        Optional<InjectState.Stamp> stamp = InjectState.Stamp.read(manifest);
        Optional<ParsedXml> parsed = inputs.read(manifest, "appManifest", findings);
        if (parsed.isEmpty()) {
            return Hosting.UNKNOWN;
        }
        EditedManifest edited = editManifest(parsed.get(), name(manifest));
        if (edited.edit().changes().isEmpty()) {
            // a SharePoint-hosted manifest without a token: nothing set, so it is a copy like any other package file
            if (!request.inPlace()) {
                copy(InjectState.Group.MANIFEST, manifest, stamp, layout.packageFile(manifest), null);
            }
            return edited.hosting();
        }
        plan(InjectState.Group.MANIFEST, manifest, stamp, layout.packageFile(manifest), parsed.get(), edited.edit());
        return edited.hosting();
    }

    /** Plans the entries the record of the last inject shows unchanged as up to date, and keeps them in the next record. */
    private void keep(List<InjectState.Entry> entries) {
        for (InjectState.Entry entry : entries) {
            if (entry.edited()) {
                planned.add(new Planned(entry.source(), entry.target(), entry.changes(), entry.positions(), null));
            } else if (!entry.source().equals(entry.target())) {
                copies.add(new Copy(entry.source(), entry.target(), null, true));
            }
            state.keep(entry);
        }
    }

    /** Plans a copy of a file read (or not) this run, and records it. */
    private void copy(InjectState.Group group, Path source, Optional<InjectState.Stamp> stamp, Path target, byte[] content) {
        copies.add(new Copy(source, target, content, false));
        state.record(group, source, stamp, target, List.of(), List.of());
    }

    /** Plans {@code ClientId} and the tokens of a manifest, named {@code name} in messages. */
    private EditedManifest editManifest(ParsedXml parsed, String name) {
        Registration registration = request.registration();
        FileEdit edit = new FileEdit(parsed.tree());
        AddinManifest read = AddinManifest.of(parsed, name, findings);
        read.remoteWebApplication().ifPresent(application -> registration.clientId().ifPresentOrElse(
                id -> ManifestEditor.setClientId(edit, application, id.value()),
                () -> missing("client ID", "RemoteWebApplication ClientId in " + name)));
        replaceTokens(edit, name);
        return new EditedManifest(edit, read.hosting());
    }

    /**
     * Plans a built package's edited copy: the manifest and every XML part holding {@code ~remoteAppUrl} edited
     * as loose files are, every other entry copied as it is. The input package is never written.
     */
    private Hosting planAppPackage() throws IOException {
        Path source = request.appPackage();
        try (AppPackage app = AppPackage.open(source, name(source))) {
            if (app.signed()) {
                findings.add(Problem.error(app.name(), "the package is signed, and any edit would break its signature", null,
                        "an unsigned package", "inject into the sources before the package is built and signed, or sign the"
                                + " package after addin:inject"));
                return Hosting.UNKNOWN;
            }
            Map<String, byte[]> replaced = new LinkedHashMap<>();
            List<String> parts = new ArrayList<>();
            List<FileEdit> edits = new ArrayList<>();
            Optional<ParsedXml> manifest = parse(app, app.manifest());
            if (manifest.isEmpty()) {
                return Hosting.UNKNOWN;
            }
            EditedManifest editedManifest = editManifest(manifest.get(), app.where(app.manifest()));
            if (!editedManifest.edit().changes().isEmpty()) {
                replaced.put(app.manifest(), confirmedBytes(app.where(app.manifest()), manifest.get(), editedManifest.edit()));
                parts.add(app.manifest());
                edits.add(editedManifest.edit());
            }
            for (String part : app.xmlParts()) {
                byte[] bytes = readPart(app, part);
                if (bytes == null || !RemoteAppUrl.mayHold(bytes)) {
                    continue;
                }
                Optional<ParsedXml> parsed = InjectInputs.parseForTokens(app.where(part), bytes, findings);
                if (parsed.isPresent()) {
                    FileEdit edit = new FileEdit(parsed.get().tree());
                    if (replaceTokens(edit, app.where(part)) > 0) {
                        replaced.put(part, confirmedBytes(app.where(part), parsed.get(), edit));
                        parts.add(part);
                        edits.add(edit);
                    }
                }
            }
            if (findings.errors().isEmpty()) {
                plannedPackage = new PlannedPackage(source, layout.appPackageFile(source), app.rewrite(replaced), parts, edits,
                        app.names().size() - replaced.size());
            }
            return editedManifest.hosting();
        } catch (AppPackageException e) {
            findings.add(FileProblems.unusablePackage(e, PACKAGE_AS_BUILT));
            return Hosting.UNKNOWN;
        }
    }

    private Optional<ParsedXml> parse(AppPackage app, String part) throws IOException {
        byte[] bytes = readPart(app, part);
        return bytes == null ? Optional.empty() : InjectInputs.parse(app.where(part), bytes, findings);
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

    /** The edited bytes of a manifest or package file or part, confirmed by the XML parser. */
    private byte[] confirmedBytes(String name, ParsedXml parsed, FileEdit edit) {
        byte[] content = edit.resultBytes(parsed.source());
        Confirmation.requireEdited(name, content, request.registration().appDomain().isPresent());
        return content;
    }

    private void planWebConfig(Registration registration) throws IOException {
        Optional<List<InjectState.Entry>> unchanged = state.unchanged(InjectState.Group.WEB);
        if (unchanged.isPresent()) {
            keep(unchanged.get());
            return;
        }
        if (Files.exists(request.webConfig()) && !Files.isRegularFile(request.webConfig())) {
            findings.add(Problem.error(name(request.webConfig()), "this is not a regular file", null,
                    "the file webConfig names", "point webConfig at the web application's Web.config itself"));
            return;
        }
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
        Optional<InjectState.Stamp> stamp = InjectState.Stamp.read(webConfig.get());
        Optional<ParsedXml> parsed = inputs.readOutline(webConfig.get(), "webConfig", findings);
        if (parsed.isEmpty()) {
            return;
        }
        FileEdit edit = new FileEdit(parsed.get().tree());
        String file = name(webConfig.get());
        Optional<String> configSource = WebConfigEditor.editWebConfig(edit, file, settings, findings);
        if (configSource.isEmpty()) {
            planSettings(webConfig.get(), stamp, layout.webFile(webConfig.get()), parsed.get(), edit, settings);
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
        Optional<InjectState.Stamp> sectionStamp = InjectState.Stamp.read(source);
        Optional<ParsedXml> section = inputs.readOutline(source, "appSettings configSource of " + file, findings);
        if (section.isPresent()) {
            FileEdit sectionEdit = new FileEdit(section.get().tree());
            WebConfigEditor.editConfigSource(sectionEdit, name(source), settings, findings);
            planSettings(source, sectionStamp, layout.webFile(source), section.get(), sectionEdit, settings);
        }
        if (!request.inPlace()) {
            copy(InjectState.Group.WEB, webConfig.get(), stamp, layout.webFile(webConfig.get()), null);
        } else {
            // web.config itself is read again whenever it changes, though only its appSettings file is edited
            state.record(InjectState.Group.WEB, webConfig.get(), stamp, webConfig.get(), List.of(), List.of());
        }
    }

    private void planPackage() throws IOException {
        Path folder = request.packageDirectory();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Map<Path, BasicFileAttributes> files = new TreeMap<>();
        // a link is kept for leadsOutside to judge; the walk reads each file's attributes once, without following links
        Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() || (attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                    files.put(file, attributes);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Path manifest = request.appManifest().toAbsolutePath().normalize();
        // the walk follows no link, so a file that is no link lies where the folder really is: only links, or every
        // file of a folder that itself leads outside, need resolving
        boolean folderInside = ProjectFiles.linkOutside(request.baseDir(), folder).isEmpty();
        List<Map.Entry<Path, BasicFileAttributes>> walked = files.entrySet().stream()
                .filter(file -> !file.getKey().toAbsolutePath().normalize().equals(manifest)).toList();
        // files the record shows unchanged cost a look at their output's attributes: only the others go to the threads
        Map<Path, InjectState.Entry> unchanged = new LinkedHashMap<>();
        for (Map.Entry<Path, BasicFileAttributes> file : walked) {
            state.unchanged(file.getKey(), file.getValue()).ifPresent(entry -> unchanged.put(file.getKey(), entry));
        }
        List<Map.Entry<Path, BasicFileAttributes>> toRead = walked.stream().filter(file -> !unchanged.containsKey(file.getKey())).toList();
        Iterator<PackageFile> read = InParallel.map(toRead, file -> planPackageFile(file.getKey(), file.getValue(), folderInside)).iterator();
        // merged in the walk's order, so that plans, records and messages do not depend on which thread was first
        for (Map.Entry<Path, BasicFileAttributes> file : walked) {
            InjectState.Entry entry = unchanged.get(file.getKey());
            if (entry != null) {
                keep(List.of(entry));
                continue;
            }
            PackageFile result = read.next();
            findings.addAll(result.findings());
            Path target = layout.packageFile(result.file());
            switch (result.kind()) {
                case EDITED -> plan(InjectState.Group.PACKAGE, result.file(), result.stamp(), target, result.edit(), result.content());
                case COPIED -> {
                    if (!request.inPlace()) {
                        copy(InjectState.Group.PACKAGE, result.file(), result.stamp(), target, result.content());
                    }
                }
                case LEFT_OUT -> {
                }
            }
        }
    }

    /** What a package file turned out to be, worked out on its own so that files are read on several threads. */
    private record PackageFile(Kind kind, Path file, Optional<InjectState.Stamp> stamp, FileEdit edit, byte[] content,
            Findings findings) {
        enum Kind {
            /** Tokens replaced: {@code content} is the edited bytes. */
            EDITED,
            /** A copy: {@code content} is its bytes when they were read, else {@code null}. */
            COPIED,
            /** Not read: a link that leads outside the project. */
            LEFT_OUT
        }
    }

    /** Reads one package file and plans its edit, touching nothing shared but the file system: problems go to its own findings. */
    private PackageFile planPackageFile(Path file, BasicFileAttributes attributes, boolean folderInside) throws IOException {
        Findings found = new Findings();
        if ((!folderInside || attributes.isSymbolicLink()) && inputs.leadsOutside(file, found)) {
            return new PackageFile(PackageFile.Kind.LEFT_OUT, file, Optional.empty(), null, null, found);
        }
        Optional<InjectState.Stamp> stamp = attributes.isRegularFile() ? Optional.of(InjectState.Stamp.of(attributes)) : Optional.empty();
        // a package XML file is read once: searched for the token, then parsed or copied from these bytes
        byte[] bytes = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml") ? inputs.readBytes(file) : null;
        if (bytes != null && RemoteAppUrl.mayHold(bytes)) {
            Optional<ParsedXml> parsed = InjectInputs.parseForTokens(name(file), bytes, found);
            if (parsed.isPresent()) {
                FileEdit edit = new FileEdit(parsed.get().tree());
                if (replaceTokens(edit, name(file), found) > 0) {
                    return new PackageFile(PackageFile.Kind.EDITED, file, stamp, edit, confirmedBytes(name(file), parsed.get(), edit), found);
                }
            }
        }
        return new PackageFile(PackageFile.Kind.COPIED, file, stamp, null, bytes, found);
    }

    private int replaceTokens(FileEdit edit, String file) {
        return replaceTokens(edit, file, findings);
    }

    private int replaceTokens(FileEdit edit, String file, Findings found) {
        Optional<String> origin = request.registration().appDomain().map(AppDomain::origin);
        if (origin.isPresent()) {
            return RemoteAppUrl.replace(edit, origin.get());
        }
        FileEdit probe = new FileEdit(edit.tree());
        if (RemoteAppUrl.replace(probe, "") > 0) {
            missing(found, "add-in domain", "~remoteAppUrl in " + file);
        }
        return 0;
    }

    private void missing(String what, String neededFor) {
        missing(findings, what, neededFor);
    }

    private static void missing(Findings found, String what, String neededFor) {
        found.add(Problem.error(neededFor, "no " + what + " is configured", null, "the " + what + " to write there",
                "configure the " + what + " (see the plugin's README: parameters and where the secret comes from)"));
    }

    /** Plans the edited bytes of a manifest or package file after reading them with the XML parser, as they will be written. */
    private void plan(InjectState.Group group, Path source, Optional<InjectState.Stamp> stamp, Path target, ParsedXml parsed,
            FileEdit edit) {
        plan(group, source, stamp, target, edit, confirmedBytes(name(source), parsed, edit));
    }

    /** Plans a file's edited bytes, and records it. */
    private void plan(InjectState.Group group, Path source, Optional<InjectState.Stamp> stamp, Path target, FileEdit edit,
            byte[] content) {
        Path output = request.inPlace() ? source : target;
        planned.add(new Planned(source, output, edit.changes(), edit.positions(), content));
        state.record(group, source, stamp, output, edit.changes(), edit.positions());
    }

    /**
     * Plans the edited bytes of a web.config (or its appSettings file) after reading their appSettings with the
     * XML parser: each key must hold exactly the value set. A {@code ~remoteAppUrl} there is none of the plugin's
     * business: web.config is not one of the files whose tokens it replaces.
     */
    private void planSettings(Path source, Optional<InjectState.Stamp> stamp, Path target, ParsedXml parsed, FileEdit edit,
            Map<String, String> settings) {
        byte[] content = edit.resultBytes(parsed.source());
        Confirmation confirmed = Confirmation.readEditedSettings(name(source), parsed, edit, content);
        plan(InjectState.Group.WEB, source, stamp, target, edit, content);
        if (findings.errors().isEmpty()) {
            // with an error, some values were not set: nothing is written, so there is nothing to confirm
            confirmed.requireSettings(name(source), settings);
        }
    }

    private String name(Path file) {
        return inputs.name(file);
    }
}
