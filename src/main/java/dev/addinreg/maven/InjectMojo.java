package dev.addinreg.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.ProjectFiles;
import dev.addinreg.addin.Hosting;
import dev.addinreg.inject.InjectOutcome;
import dev.addinreg.inject.InjectRequest;
import dev.addinreg.inject.Injector;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.RegistrationCheck;

/**
 * Writes the registration into the add-in's files: {@code ClientId} and {@code ClientSecret} (and
 * {@code SecondaryClientSecret}) into {@code web.config} appSettings, {@code ClientId} into
 * {@code AppManifest.xml}, and {@code https://} plus the add-in domain in place of every
 * {@code ~remoteAppUrl} in the manifest and the package's XML files. Only the values change: encoding,
 * byte-order mark, line endings, layout and comments stay byte for byte. The registration values are
 * checked first; when anything is wrong, no file is written.
 *
 * @since 0.1.0
 */
@Mojo(name = "inject", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class InjectMojo extends AbstractAddinFilesMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP_INJECT, defaultValue = "false")
    private boolean skipInject;

    /** Where the record of each execution's last successful inject is kept, so that unchanged files are not read again. */
    @Parameter(defaultValue = "${project.build.directory}/addin-inject", readonly = true, required = true)
    private File stateDirectory;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Findings registrationFindings = new Findings();
        RegistrationCheck.Result checked = RegistrationCheck.check(registrationInput(registrationFindings));
        registrationFindings.addAll(checked.findings());
        BuildResult.conclude(getLog(), "The registration values", registrationFindings, strict());

        InjectRequest request = new InjectRequest(baseDir().toPath(), webConfigOrNull(), appManifest().toPath(),
                packageDirectory().toPath(), outputDirectory().toPath(), inPlace(), checked.registration(), appPackageOrNull(),
                stateFile());
        InjectOutcome outcome;
        try {
            // copies under the output directory are rewritten by the next build: no fsync for them, only for sources edited in place
            outcome = Injector.inject(request, new AtomicWriter(fileLocks(), inPlace()));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Cannot inject the registration: " + e.getMessage(), e);
        }
        BuildResult.conclude(getLog(), "The add-in files", outcome.findings(), strict());
        report(outcome);
    }

    /** One record per execution, so that two registrations of one project (worldwide and china) keep their own. */
    private Path stateFile() {
        return stateDirectory.toPath().resolve(mojoExecution.getExecutionId().replaceAll("[^A-Za-z0-9._-]", "_") + ".state");
    }

    private void report(InjectOutcome outcome) {
        if (outcome.hosting() == Hosting.SHAREPOINT_HOSTED) {
            getLog().info(manifestName() + ": SharePoint-hosted add-in (AppPrincipal/Internal), no registration to inject.");
        }
        for (InjectOutcome.EditedFile file : outcome.edited()) {
            String target = inPlace() ? "" : " -> " + file.target();
            String state = file.written() ? "" : " (up to date, not rewritten)";
            getLog().info(file.source() + target + ": " + String.join(", ", file.changes()) + state);
            if (getLog().isDebugEnabled()) {
                file.positions().forEach(position -> getLog().debug(file.source() + " " + position));
            }
        }
        InjectOutcome.WrittenPackage app = outcome.appPackage();
        if (app != null) {
            getLog().info(app.source() + " -> " + app.target() + ": " + app.entriesCopied()
                    + (app.entriesCopied() == 1 ? " entry" : " entries") + " copied unchanged"
                    + (app.written() ? "" : " (up to date, not rewritten)"));
        }
        if (outcome.copied() > 0) {
            getLog().info(outcome.copied() + (outcome.copied() == 1 ? " file" : " files") + " without registration values copied to "
                    + ProjectFiles.display(baseDir().toPath(), outputDirectory().toPath()) + " ("
                    + (outcome.copiesWritten() == 0 ? "all up to date" : outcome.copiesWritten() + " written") + ").");
        }
        if (outcome.upToDate() > 0) {
            getLog().info(outcome.upToDate() + (outcome.upToDate() == 1 ? " file" : " files") + " unchanged since the last addin:inject,"
                    + " not read again (delete " + ProjectFiles.display(baseDir().toPath(), stateFile()) + " to check every file).");
        }
    }

    @Override
    String goal() {
        return "addin:inject";
    }

    @Override
    boolean skipGoal() {
        return skipInject;
    }

    @Override
    String skipProperty() {
        return PropertyNames.SKIP_INJECT;
    }

}
