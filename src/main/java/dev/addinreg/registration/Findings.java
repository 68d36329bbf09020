package dev.addinreg.registration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every problem a check found, in the order found. Collects all of them so the build fails once. */
public final class Findings {
    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(Findings other) {
        problems.addAll(other.problems);
    }

    public List<Problem> all() {
        return Collections.unmodifiableList(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }

    /**
     * The problems that fail the build: the errors and, in strict mode, the warnings too.
     *
     * @param strict whether warnings fail the build
     */
    public List<Problem> failures(boolean strict) {
        return strict ? problems.stream().map(Problem::asError).toList() : errors();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
