package dev.addinreg.registration;

/**
 * Thrown by a value type's factory when a value is not acceptable. It says what is wrong, what was
 * found (never a secret's value), what is expected and how to fix it.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String what;
    private final String found;
    private final String expected;
    private final String fix;

    public InvalidValueException(String what, String found, String expected, String fix) {
        super(what + ". Found " + found + "; expected " + expected + ". Fix: " + fix);
        this.what = what;
        this.found = found;
        this.expected = expected;
        this.fix = fix;
    }

    /** The problem this exception describes, placed at {@code where}. */
    public Problem at(Severity severity, String where) {
        return new Problem(severity, where, what, found, expected, fix);
    }

    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
