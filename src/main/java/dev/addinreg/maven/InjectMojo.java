package dev.addinreg.maven;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.addinreg.addin.Hosting;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.inject.InjectOutcome;
import dev.addinreg.inject.InjectRequest;
import dev.addinreg.inject.Injector;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.RegistrationCheck;
import dev.addinreg.verify.CheckResult;

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

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Findings registrationFindings = new Findings();
        RegistrationCheck.Result checked = checkRegistration(registrationFindings, false);
        CheckResult values = CheckResult.configuredValues(registrationFindings.all());
        concludeOrReport("The registration values", registrationFindings, strict(), checked, List.of(values));

        InjectRequest request = new InjectRequest(addinFiles(checked, values), checked.registration());
        // copies under the output directory are rewritten by the next build: no fsync for them, only for sources edited in place
        AtomicWriter writer = new AtomicWriter(fileLocks(), inPlace());
        InjectOutcome outcome = BuildResult.run("inject the registration", () -> Injector.inject(request, writer));
        concludeOrReport("The add-in files", outcome.findings(), strict(), checked, List.of(values, filesFound(),
                CheckResult.ran("inject", "registration injected into the add-in files", "", outcome.findings().all())));
        report(outcome);
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
                    + display(outputDirectory()) + " ("
                    + (outcome.copiesWritten() == 0 ? "all up to date" : outcome.copiesWritten() + " written") + ").");
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
