package dev.addinreg.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;

/**
 * The one place where the core's outcomes become a build result. Problems with the user's values and files
 * (the core's findings) are logged once as warnings, or fail the build once with every failing problem
 * listed: a {@link MojoFailureException}. A build that could not run (I/O, or anything unexpected) is a
 * {@link MojoExecutionException} with its cause attached.
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
            throw new MojoExecutionException("Cannot " + doing + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Cannot " + doing + ": the plugin failed unexpectedly (" + e
                    + "). Fix: report it to the plugin's maintainers with the build log (mvn -e)", e);
        }
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
