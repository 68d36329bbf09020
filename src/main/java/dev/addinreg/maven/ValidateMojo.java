package dev.addinreg.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.RegistrationCheck;
import dev.addinreg.registration.RegistrationSummary;
import dev.addinreg.verify.CheckResult;

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

    @Override
    void run() throws MojoFailureException {
        Findings findings = new Findings();
        RegistrationCheck.Result result = checkRegistration(findings, true);
        concludeOrReport("The registration values", findings, strict(), result, List.of(CheckResult.configuredValues(findings.all())));
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
