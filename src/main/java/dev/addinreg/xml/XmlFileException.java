package dev.addinreg.xml;

/**
 * A file that cannot be used as the XML it should be: malformed, refused (a DOCTYPE), undecodable.
 * The message names the file, the line and column where known, and the fix.
 */
public final class XmlFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String what;
    private final String fix;

    public XmlFileException(String file, int line, int column, String what, String fix, Throwable cause) {
        super(location(file, line, column) + ": " + what + ". Fix: " + fix, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.what = what;
        this.fix = fix;
    }

    public XmlFileException(String file, String what, String fix) {
        this(file, -1, -1, what, fix, null);
    }

    private static String location(String file, int line, int column) {
        if (line < 0) {
            return file;
        }
        return column < 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    /** Where the problem is: {@code file}, {@code file:line} or {@code file:line:column}. */
    public String where() {
        return location(file, line, column);
    }

    public String what() {
        return what;
    }

    public String fix() {
        return fix;
    }
}
