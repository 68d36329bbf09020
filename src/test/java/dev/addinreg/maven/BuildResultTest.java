package dev.addinreg.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;

class BuildResultTest {
    private static final String NL = System.lineSeparator();

    private static final Problem UPPERCASE_ID = Problem.error("<clientId> (-Daddin.clientId)",
            "the client ID has uppercase letters", "\"B2C9D4E1-7F3A-4E6B-9C8D-1A2B3C4D5E6F\"", "a lowercase GUID",
            "use \"b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f\"");
    private static final Problem NO_DOMAIN = Problem.error("<appDomain> (-Daddin.appDomain)", "no add-in domain is configured",
            null, "the host of the remote web application", "set it as <appDomain> (-Daddin.appDomain)");
    private static final Problem EXPIRES_SOON = Problem.warning("<clientSecretExpires> (-Daddin.clientSecretExpires)",
            "the client secret (sha256:143c5ada) expires in 10 days", "end date 2026-05-11",
            "more than 30 days left (expiryWarningDays)", "add a new secret now");
    private static final Problem NO_END_DATE = Problem.warning("<secondaryClientSecretExpires> (-Daddin.secondaryClientSecretExpires)",
            "no end date is recorded for the secondary client secret", null, "the date the secret ends",
            "record the end date");

    private final RecordingLog log = new RecordingLog();

    private static Findings findings(Problem... problems) {
        Findings findings = new Findings();
        for (Problem problem : problems) {
            findings.add(problem);
        }
        return findings;
    }

    private static String lines(String... lines) {
        return String.join(NL, lines);
    }

    private static MojoFailureException failure(Executable executable) {
        return assertThrows(MojoFailureException.class, executable);
    }

    @Test
    void noProblemsLogsNothingAndPasses() throws Exception {
        BuildResult.conclude(log, "The registration values", new Findings(), false);

        assertEquals(List.of(), log.lines());
    }

    @Test
    void warningsAreLoggedOnceEachAsWarnAndTheBuildPasses() throws Exception {
        BuildResult.conclude(log, "The registration values", findings(EXPIRES_SOON, NO_END_DATE), false);

        assertEquals(List.of(
                "[WARN] <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in"
                        + " 10 days. Found end date 2026-05-11; expected more than 30 days left (expiryWarningDays)."
                        + " Fix: add a new secret now",
                "[WARN] <secondaryClientSecretExpires> (-Daddin.secondaryClientSecretExpires): no end date is recorded for"
                        + " the secondary client secret. Expected the date the secret ends. Fix: record the end date"),
                log.lines());
    }

    @Test
    void oneErrorFailsWithOneNumberedLine() {
        MojoFailureException e = failure(() -> BuildResult.conclude(log, "The registration values", findings(UPPERCASE_ID), false));

        assertEquals(lines(
                "The registration values have 1 problem:",
                "  1. <clientId> (-Daddin.clientId): the client ID has uppercase letters."
                        + " Found \"B2C9D4E1-7F3A-4E6B-9C8D-1A2B3C4D5E6F\"; expected a lowercase GUID."
                        + " Fix: use \"b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f\""),
                e.getMessage());
        assertEquals(List.of(), log.lines());
    }

    @Test
    void errorsFailOnceListingOnlyTheErrorsNumberedWhileWarningsAreLogged() {
        MojoFailureException e = failure(() -> BuildResult.conclude(log, "The registration values",
                findings(UPPERCASE_ID, EXPIRES_SOON, NO_DOMAIN), false));

        assertEquals(lines(
                "The registration values have 2 problems:",
                "  1. <clientId> (-Daddin.clientId): the client ID has uppercase letters."
                        + " Found \"B2C9D4E1-7F3A-4E6B-9C8D-1A2B3C4D5E6F\"; expected a lowercase GUID."
                        + " Fix: use \"b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f\"",
                "  2. <appDomain> (-Daddin.appDomain): no add-in domain is configured."
                        + " Expected the host of the remote web application. Fix: set it as <appDomain> (-Daddin.appDomain)"),
                e.getMessage());
        assertEquals(List.of(
                "[WARN] <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in"
                        + " 10 days. Found end date 2026-05-11; expected more than 30 days left (expiryWarningDays)."
                        + " Fix: add a new secret now"),
                log.lines());
    }

    @Test
    void strictTurnsWarningsIntoFailuresListedWithTheErrorsInTheOrderFound() {
        MojoFailureException e = failure(() -> BuildResult.conclude(log, "The registration values",
                findings(EXPIRES_SOON, UPPERCASE_ID, NO_END_DATE), true));

        assertEquals(lines(
                "The registration values have 3 problems (strict: warnings fail the build):",
                "  1. <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in"
                        + " 10 days. Found end date 2026-05-11; expected more than 30 days left (expiryWarningDays)."
                        + " Fix: add a new secret now",
                "  2. <clientId> (-Daddin.clientId): the client ID has uppercase letters."
                        + " Found \"B2C9D4E1-7F3A-4E6B-9C8D-1A2B3C4D5E6F\"; expected a lowercase GUID."
                        + " Fix: use \"b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f\"",
                "  3. <secondaryClientSecretExpires> (-Daddin.secondaryClientSecretExpires): no end date is recorded for"
                        + " the secondary client secret. Expected the date the secret ends. Fix: record the end date"),
                e.getMessage());
        assertEquals(List.of(), log.lines(), "in strict mode a warning is reported once, in the failure, not also logged");
    }

    @Test
    void strictWithOnlyAWarningFailsWithIt() {
        MojoFailureException e = failure(() -> BuildResult.conclude(log, "The registration values", findings(EXPIRES_SOON), true));

        assertEquals(lines(
                "The registration values have 1 problem (strict: warnings fail the build):",
                "  1. <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in"
                        + " 10 days. Found end date 2026-05-11; expected more than 30 days left (expiryWarningDays)."
                        + " Fix: add a new secret now"),
                e.getMessage());
        assertEquals(List.of(), log.lines());
    }

    @Test
    void strictWithOnlyErrorsDoesNotBlameStrictMode() {
        MojoFailureException e = failure(() -> BuildResult.conclude(log, "The registration values", findings(NO_DOMAIN), true));

        assertEquals(lines(
                "The registration values have 1 problem:",
                "  1. <appDomain> (-Daddin.appDomain): no add-in domain is configured."
                        + " Expected the host of the remote web application. Fix: set it as <appDomain> (-Daddin.appDomain)"),
                e.getMessage());
    }

    @Test
    void strictWithNoProblemsPasses() throws Exception {
        BuildResult.conclude(log, "The registration values", new Findings(), true);

        assertEquals(List.of(), log.lines());
    }

    @Test
    void workThatCannotBeDoneIsAnExecutionErrorWithItsCause() {
        // given
        IOException cause = new IOException("target/addin/x.json: access denied");

        // when
        MojoExecutionException error = assertThrows(MojoExecutionException.class,
                () -> BuildResult.run("write the report", () -> {
                    throw cause;
                }));

        // then
        assertEquals("Cannot write the report: target/addin/x.json: access denied", error.getMessage());
        assertEquals(cause, error.getCause());
    }

    @Test
    void aSiteReportsWorkFailsAsAReportErrorWithTheSameMessageAndItsCause() {
        // given
        IOException cause = new IOException("target/addin/registration-report.json is not a registration report");

        // when
        MavenReportException error = assertThrows(MavenReportException.class,
                () -> BuildResult.report("write the registration page", () -> {
                    throw cause;
                }));

        // then
        assertEquals("Cannot write the registration page: target/addin/registration-report.json is not a registration report",
                error.getMessage());
        assertEquals(cause, error.getCause());
    }

    @Test
    void aSiteReportsUnexpectedFailureSaysToReportIt() {
        // when
        MavenReportException error = assertThrows(MavenReportException.class,
                () -> BuildResult.report("write the registration page", () -> {
                    throw new IllegalStateException("boom");
                }));

        // then
        assertEquals("Cannot write the registration page: the plugin failed unexpectedly (java.lang.IllegalStateException: boom)."
                + " Fix: report it to the plugin's maintainers with the build log (mvn -e)", error.getMessage());
    }

    @Test
    void aSiteReportsWorkReturnsItsResult() throws Exception {
        assertEquals("page", BuildResult.report("write the registration page", () -> "page"));
    }
}
