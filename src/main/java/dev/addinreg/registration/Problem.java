package dev.addinreg.registration;

import java.util.Objects;

/**
 * One thing wrong with the registration, as a value: where it is (a parameter, or file and line),
 * what is wrong, what was found (never a secret's value), what was expected and the fix.
 *
 * @param severity whether it fails the build
 * @param where the parameter or {@code file:line} and element or key
 * @param what what is wrong, in a few words
 * @param found the value found, already quoted or masked; {@code null} when nothing was found
 * @param expected what a good value looks like
 * @param fix what the user should do
 */
public record Problem(Severity severity, String where, String what, String found, String expected, String fix) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(fix, "fix");
    }

    public static Problem error(String where, String what, String found, String expected, String fix) {
        return new Problem(Severity.ERROR, where, what, found, expected, fix);
    }

    public static Problem warning(String where, String what, String found, String expected, String fix) {
        return new Problem(Severity.WARNING, where, what, found, expected, fix);
    }

    /** This problem as a failure, for strict mode. */
    public Problem asError() {
        return new Problem(Severity.ERROR, where, what, found, expected, fix);
    }

    /** The one line a user reads: where, what, found, expected, fix. */
    public String message() {
        StringBuilder out = new StringBuilder(where).append(": ").append(what).append('.');
        if (found != null) {
            out.append(" Found ").append(found).append(';');
            out.append(" expected ").append(expected).append('.');
        } else {
            out.append(" Expected ").append(expected).append('.');
        }
        return out.append(" Fix: ").append(fix).toString();
    }

    @Override
    public String toString() {
        return severity + " " + message();
    }
}
