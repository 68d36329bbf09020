package dev.addinreg.registration;

/** How a problem weighs on the build. */
public enum Severity {
    /** The build fails. */
    ERROR,
    /** The build goes on with a warning, unless it runs in strict mode. */
    WARNING
}
