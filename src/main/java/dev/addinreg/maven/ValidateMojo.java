package dev.addinreg.maven;

import java.io.File;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.RegistrationCheck;
import dev.addinreg.registration.RegistrationSummary;

/**
 * Checks the configured registration values themselves: the client ID, add-in domain, redirect URI,
 * title and secrets, and the secrets' end dates. Every problem is listed, then the build fails once.
 *
 * @since 0.1.0
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractRegistrationMojo {

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP_VALIDATE, defaultValue = "false")
    private boolean skipValidate;

    /**
     * Where {@code registration-report.json} goes when the values fail validation, with the problems found, so that
     * a CI step that keeps the report finds one. The folder the other goals write to.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/addin")
    private File outputDirectory;

    @Override
    void run() throws MojoFailureException {
        Findings findings = new Findings();
        RegistrationCheck.Result result = checkRegistration(findings, true);
        try {
            BuildResult.conclude(getLog(), subject("The registration values"), findings, strict());
        } catch (MojoFailureException failure) {
            throw FailureReport.write(failure, outputDirectory.toPath(), shown(outputDirectory), executionId(), result,
                    List.of(FailureReport.configuredValues(findings.all())), expiryWarningDays(), strict(), getLog());
        }
        RegistrationSummary.lines(result.registration(), result.today()).forEach(getLog()::info);
        getLog().info("Registration values are valid" + (findings.warnings().isEmpty() ? "."
                : " (" + findings.warnings().size() + (findings.warnings().size() == 1 ? " warning)." : " warnings).")));
    }

    @Override
    String goal() {
        return "addin:validate";
    }

    @Override
    boolean skipGoal() {
        return skipValidate;
    }

    @Override
    String skipProperty() {
        return PropertyNames.SKIP_VALIDATE;
    }
}
