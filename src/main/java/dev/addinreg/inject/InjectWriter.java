package dev.addinreg.inject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.addinreg.addin.AddinFiles;
import dev.addinreg.apppackage.AppPackage;
import dev.addinreg.apppackage.AppPackageException;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.ProjectFiles;

/**
 * Writes what {@link Injector} planned, each file atomically, and nothing at all when the plan holds an
 * error or a target's folder cannot be written: then every file stays as it was.
 */
final class InjectWriter {
    private final AddinFiles files;
    private final AtomicWriter writer;

    private InjectWriter(AddinFiles files, AtomicWriter writer) {
        this.files = files;
        this.writer = writer;
    }

    static InjectOutcome write(InjectPlan plan, AddinFiles files, AtomicWriter writer) throws IOException {
        if (!plan.findings().errors().isEmpty()) {
            return new InjectOutcome(plan.hosting(), List.of(), 0, 0, plan.findings(), null);
        }
        return new InjectWriter(files, writer).write(plan);
    }

    private InjectOutcome write(InjectPlan plan) throws IOException {
        List<Path> targets = new ArrayList<>();
        if (plan.appPackage() != null) {
            targets.add(plan.appPackage().target());
        }
        plan.edited().forEach(file -> targets.add(file.target()));
        plan.copies().forEach(file -> targets.add(file.target()));
        for (Path target : targets) {
            Optional<Path> folder = AtomicWriter.unwritableFolder(target);
            if (folder.isPresent() && !Files.isDirectory(folder.get())) {
                throw new IOException(files.name(target) + ": the file cannot be written (" + files.name(folder.get())
                        + " is a file, not a folder). Fix: set outputDirectory to a folder, or move the file away");
            }
            if (folder.isPresent()) {
                throw unwritable(target, folder.get(), "the folder " + files.name(folder.get()) + " cannot be written", null);
            }
        }
        List<InjectOutcome.EditedFile> edited = new ArrayList<>();
        InjectOutcome.WrittenPackage appPackage = plan.appPackage() == null ? null : writePackage(plan.appPackage(), edited);
        for (InjectPlan.PlannedFile file : plan.edited()) {
            boolean written = write(file);
            edited.add(new InjectOutcome.EditedFile(files.name(file.source()), files.name(file.target()), file.changes(),
                    file.positions(), written));
        }
        int copiesWritten = 0;
        for (InjectPlan.PlannedFile copy : plan.copies()) {
            copiesWritten += write(copy) ? 1 : 0;
        }
        return new InjectOutcome(plan.hosting(), edited, plan.copies().size(), copiesWritten, plan.findings(), appPackage);
    }

    /** Rewrites the built package with its edited parts, and adds each edited part to {@code edited}. */
    private InjectOutcome.WrittenPackage writePackage(InjectPlan.PlannedPackage planned, List<InjectOutcome.EditedFile> edited)
            throws IOException {
        String source = files.name(planned.source());
        String target = files.name(planned.target());
        byte[] content;
        int entriesCopied;
        try (AppPackage app = AppPackage.open(planned.source(), source)) {
            content = app.rewrite(planned.replaced());
            entriesCopied = app.names().size() - planned.replaced().size();
        } catch (AppPackageException e) {
            throw new IOException(e.getMessage(), e);
        }
        boolean written = write(planned.target(), () -> writer.write(planned.target(), content, planned.source()));
        List<String> parts = List.copyOf(planned.replaced().keySet());
        for (int i = 0; i < parts.size(); i++) {
            FileEdit edit = planned.edits().get(i);
            edited.add(new InjectOutcome.EditedFile(source + "!/" + parts.get(i), target + "!/" + parts.get(i), edit.changes(),
                    edit.positions(), written));
        }
        return new InjectOutcome.WrittenPackage(source, target, entriesCopied, written);
    }

    private boolean write(InjectPlan.PlannedFile file) throws IOException {
        return write(file.target(), () -> file.content() == null ? writer.copy(file.source(), file.target())
                : writer.write(file.target(), file.content(), file.source()));
    }

    @FunctionalInterface
    private interface Write {
        boolean write() throws IOException;
    }

    /** Whether a write wrote; its failure as one line naming the file and the fix. */
    private boolean write(Path target, Write write) throws IOException {
        try {
            return write.write();
        } catch (IOException e) {
            throw unwritable(target, target.toAbsolutePath().getParent(), ProjectFiles.reason(e), e);
        }
    }

    /** A file that cannot be written, as one line naming it and the fix; the message holds no file content. */
    private IOException unwritable(Path target, Path folder, String reason, IOException cause) {
        return new IOException(files.name(target) + ": the file cannot be written (" + reason + "). Fix: make " + files.name(folder)
                + " writable by the user who runs Maven" + (files.inPlace() ? "" : ", or set outputDirectory to a folder that is"),
                cause);
    }
}
