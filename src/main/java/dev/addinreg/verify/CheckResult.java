package dev.addinreg.verify;

import java.util.List;

import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Severity;

/**
 * One check and what it found.
 *
 * @param id a stable name for pipelines ({@code client-id-consistent})
 * @param title what it checks, in words
 * @param outcome passed, warning, failed, or skipped
 * @param note why it was skipped, or what it looked at
 * @param problems what it found
 */
public record CheckResult(String id, String title, Outcome outcome, String note, List<Problem> problems) {

    /** The id of the check of the configured values. */
    public static final String CONFIGURED_VALUES = "configured-values";
    static final String CONFIGURED_VALUES_TITLE = "configured registration values";

    public CheckResult {
        problems = List.copyOf(problems);
    }

    /** The result of a check that ran: failed on an error, warning on warnings only, else passed. */
    public static CheckResult ran(String id, String title, String note, List<Problem> problems) {
        Outcome outcome = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? Outcome.FAILED
                : problems.isEmpty() ? Outcome.PASSED : Outcome.WARNING;
        return new CheckResult(id, title, outcome, note, problems);
    }

    /** The check of the configured values themselves, as {@code verify}, {@code validate} and {@code inject} report it. */
    public static CheckResult configuredValues(List<Problem> problems) {
        return ran(CONFIGURED_VALUES, CONFIGURED_VALUES_TITLE, "", problems);
    }

    static CheckResult skipped(String id, String title, String why) {
        return new CheckResult(id, title, Outcome.SKIPPED, why, List.of());
    }
}
