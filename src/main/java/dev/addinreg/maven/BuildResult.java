package dev.addinreg.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.reporting.MavenReportException;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;

/**
 * The one place where the core's outcomes become a build result. Problems with the user's values and files
 * (the core's findings) are logged once as warnings, or fail the build once with every failing problem
 * listed: a {@link MojoFailureException}. A build that could not run (I/O, or anything unexpected) is a
 * {@link MojoExecutionException} with its cause attached, or, in a site report, a {@link MavenReportException}.
 */
final class BuildResult {

    private BuildResult() {
    }

    /** Work of the core that may fail on I/O. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    /**
     * Runs the core's work.
     *
     * @param doing what the work does, as the failure says it ("inject the registration")
     * @throws MojoExecutionException when the work could not be done, with its cause
     */
    static <T> T run(String doing, Work<T> work) throws MojoExecutionException {
        try {
            return work.run();
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException(cannot(doing, e), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException(unexpected(doing, e), e);
        }
    }

    /**
     * Runs the core's work for a site report, whose failures Maven's reporting API carries as
     * {@link MavenReportException}: the site plugin, or maven-reporting-impl when the goal runs alone, makes it the
     * build's error, with this message.
     *
     * @param doing what the work does, as the failure says it ("write the registration page")
     * @throws MavenReportException when the work could not be done, with its cause
     */
    static <T> T report(String doing, Work<T> work) throws MavenReportException {
        try {
            return work.run();
        } catch (IOException | UncheckedIOException e) {
            throw new MavenReportException(cannot(doing, e), e);
        } catch (RuntimeException e) {
            throw new MavenReportException(unexpected(doing, e), e);
        }
    }

    private static String cannot(String doing, Exception e) {
        return "Cannot " + doing + ": " + e.getMessage();
    }

    private static String unexpected(String doing, RuntimeException e) {
        return "Cannot " + doing + ": the plugin failed unexpectedly (" + e
                + "). Fix: report it to the plugin's maintainers with the build log (mvn -e)";
    }

    /** Fails the build on one problem with the user's input that is no finding of the core's checks. */
    static MojoFailureException failure(String message) {
        return new MojoFailureException(message);
    }

    /**
     * Logs the warnings, and fails the build when a problem fails it: an error, or any problem in strict mode.
     *
     * @param subject what was checked, as the first line of a failure says it ("the registration values")
     * @throws MojoFailureException listing every failing problem, numbered, one per line
     */
    static void conclude(Log log, String subject, Findings findings, boolean strict) throws MojoFailureException {
        List<Problem> failures = findings.failures(strict);
        if (!strict) {
            findings.warnings().forEach(warning -> log.warn(warning.message()));
        }
        if (failures.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder()
                .append(subject).append(failures.size() == 1 ? " have 1 problem" : " have " + failures.size() + " problems")
                .append(strict && !findings.warnings().isEmpty() ? " (strict: warnings fail the build):" : ":");
        for (int i = 0; i < failures.size(); i++) {
            message.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(failures.get(i).message());
        }
        throw new MojoFailureException(message.toString());
    }
}
