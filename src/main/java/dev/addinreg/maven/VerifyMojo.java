package dev.addinreg.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.addinreg.addin.AddinFiles;
import dev.addinreg.addin.Hosting;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.ProjectFiles;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.RegistrationCheck;
import dev.addinreg.verify.CheckResult;
import dev.addinreg.verify.Outcome;
import dev.addinreg.verify.RegistrationReport;
import dev.addinreg.verify.Verification;
import dev.addinreg.verify.Verifier;
import dev.addinreg.verify.VerifyRequest;

/**
 * Checks the files that will ship (the output of {@code addin:inject}, or the sources when
 * {@code inPlace} is set or nothing was injected): client IDs consistent and well-formed, no
 * {@code ~remoteAppUrl} left, endpoints on the add-in domain, the secret present, base64, configured
 * and not expired. Writes {@code registration-report.json} to the output folder, then fails the build
 * once with every problem.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends AbstractAddinFilesMojo {
    /** The report's file name, in the output folder. */
    static final String REPORT = "registration-report.json";

    /**
     * A secret that ends within this many days fails the build (stricter than the warning of
     * {@code expiryWarningDays}). Unset: only an expired secret fails.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.FAIL_WITHIN_DAYS)
    private Integer failWithinDays;

    /**
     * How long a new client secret can take to be accepted everywhere, in hours: while the client secret is
     * younger (see {@code clientSecretStarts}) and no valid secondary secret is configured, a warning says
     * nothing would fall back.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.NEW_SECRET_DELAY_HOURS, defaultValue = "24")
    private int newSecretDelayHours;

    /**
     * Skips this goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP_VERIFY, defaultValue = "false")
    private boolean skipVerify;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Findings registrationFindings = new Findings();
        RegistrationCheck.Result checked = checkRegistration(registrationFindings, false);
        AddinFiles files = addinFiles(checked, CheckResult.configuredValues(registrationFindings.all()));
        VerifyRequest request = new VerifyRequest(files, checked.registration(), registrationFindings.all(), failWithinDays,
                newSecretDelayHours, clock);
        Path report = outputDirectory().toPath().resolve(REPORT);
        Verification verification = BuildResult.run("verify the add-in files", () -> {
            Verification verified = Verifier.verify(request);
            String json = RegistrationReport.json(executionId(), checked.registration(), verified,
                    request.clock().instant(), expiryWarningDays(), strict());
            try {
                new AtomicWriter(fileLocks()).write(report, json.getBytes(StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw ProjectFiles.unwritable(display(report.toFile()), e);
            }
            return verified;
        });
        summary(verification, checked);
        BuildResult.conclude(getLog(), subject("The add-in files"),
                verification.findings(), strict());
        long passed = verification.count(Outcome.PASSED);
        getLog().info("The add-in files are consistent: " + passed + (passed == 1 ? " check" : " checks") + " passed, "
                + verification.count(Outcome.WARNING) + " with warnings, "
                + verification.count(Outcome.SKIPPED) + " skipped.");
    }

    private void summary(Verification verification, RegistrationCheck.Result checked) {
        if (verification.sourcesRead()) {
            getLog().info("No addin:inject output in " + display(outputDirectory()) + ": verifying the source files.");
        }
        if (verification.hosting() == Hosting.SHAREPOINT_HOSTED) {
            getLog().info(manifestName() + ": SharePoint-hosted add-in (AppPrincipal/Internal), no registration to verify.");
        }
        getLog().info("Verified " + String.join(", ", verification.files()));
        for (CheckResult check : verification.checks()) {
            String note = check.outcome() == Outcome.SKIPPED ? " (" + check.note() + ")" : "";
            getLog().info(String.format("  %-8s %s%s", check.outcome().word(), check.title(), note));
        }
        LocalDate today = verification.today();
        for (ConfiguredSecret secret : Stream.of(checked.registration().primary(), checked.registration().secondary())
                .flatMap(Optional::stream).toList()) {
            getLog().info(String.format("  %-22s %s, %s, %s", secret.role().appSettingKey(), secret.secret().fingerprint(),
                    secret.endDate().map(d -> "ends " + d + " (" + secret.daysLeft(today).orElseThrow() + " days left)")
                            .orElse("no end date recorded"),
                    RegistrationReport.state(secret, today, expiryWarningDays())));
        }
        getLog().info("Report: " + display(outputDirectory()) + "/" + REPORT);
    }

    @Override
    String goal() {
        return "addin:verify";
    }

    @Override
    boolean skipGoal() {
        return skipVerify;
    }

    @Override
    String skipProperty() {
        return PropertyNames.SKIP_VERIFY;
    }
}
