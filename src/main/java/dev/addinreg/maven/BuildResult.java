package dev.addinreg.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;

/**
 * The one place where the core's findings become a build result: warnings are logged once, and the
 * problems that fail the build (errors, and warnings in strict mode) become one
 * {@link MojoFailureException} listing all of them.
 */
final class BuildResult {

    private BuildResult() {
    }

    /**
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
