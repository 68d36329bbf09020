package dev.addinreg.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import dev.addinreg.addin.Hosting;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.FileLocks;
import dev.addinreg.files.ProjectFiles;
import dev.addinreg.registration.RegistrationCheck;
import dev.addinreg.verify.CheckResult;
import dev.addinreg.verify.RegistrationReport;
import dev.addinreg.verify.Verification;

/**
 * {@code registration-report.json} for a goal that checks values and fails before {@code verify} runs
 * ({@code validate}, {@code inject}): the registration as configured, and the problems found, as checks. A CI step
 * that keeps the report after a failed build then finds one that says why, never a stale one.
 */
final class FailureReport {
    private FailureReport() {
    }

    /**
     * Writes the report into {@code outputDirectory}, logs where, and returns the failure to throw. When the report
     * cannot be written, says so in a warning: the build fails for its own reason, not for the report.
     */
    static MojoFailureException write(MojoFailureException failure, Path outputDirectory, String shownAs, String execution,
            RegistrationCheck.Result checked, List<CheckResult> checks, Instant now, int warningDays, boolean strict, FileLocks locks,
            Log log) {
        Verification verification = new Verification(Hosting.UNKNOWN, List.of(), checks, checked.today(), false, null);
        String json = RegistrationReport.json(execution, checked.registration(), verification, now, warningDays, strict);
        Path report = outputDirectory.resolve(VerifyMojo.REPORT);
        try {
            Files.createDirectories(outputDirectory);
            new AtomicWriter(locks, false).write(report, json.getBytes(StandardCharsets.UTF_8), null);
            log.info("Report with the problems found: " + shownAs + "/" + VerifyMojo.REPORT);
        } catch (IOException e) {
            log.warn(ProjectFiles.unwritable(shownAs + "/" + VerifyMojo.REPORT, e).getMessage());
        }
        return failure;
    }
}
