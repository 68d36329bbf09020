package dev.addinreg.verify;

import java.util.Locale;

/** How a check came out. */
public enum Outcome {
    PASSED, WARNING, FAILED, SKIPPED;

    /** The word the report and the console use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
