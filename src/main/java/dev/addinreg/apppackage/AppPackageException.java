package dev.addinreg.apppackage;

/**
 * An add-in package that cannot be used: not a zip, no manifest, an entry whose name leaves the package.
 * The message names the package (and the entry), what is wrong and the fix.
 */
public final class AppPackageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String what;
    private final String found;
    private final String fix;

    public AppPackageException(String where, String what, String found, String fix) {
        super(where + ": " + what + (found == null ? "" : ". Found " + found) + ". Fix: " + fix);
        this.where = where;
        this.what = what;
        this.found = found;
        this.fix = fix;
    }

    /** The package, or the package and an entry ({@code Orders.app!/AppManifest.xml}). */
    public String where() {
        return where;
    }

    public String what() {
        return what;
    }

    /** What was found, or {@code null}. */
    public String found() {
        return found;
    }

    public String fix() {
        return fix;
    }
}
