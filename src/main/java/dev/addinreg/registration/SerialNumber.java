package dev.addinreg.registration;

import java.util.Locale;

/**
 * A certificate's serial number as {@code ClientSigningCertificateSerialNumber} holds it: hex digits only, as the
 * certificate dialog shows it without its spaces. A serial copied from that dialog often carries spaces or an
 * invisible left-to-right mark (U+200E), and then no certificate in the store matches it.
 *
 * @param value the hex digits
 */
public record SerialNumber(String value) {
    private static final String EXPECTED = "hex digits only, such as 6B1F3C0A2E9D4F5B8C7A";

    public SerialNumber {
        check(value);
    }

    /**
     * Checks a serial number as found in a file.
     *
     * @throws InvalidValueException naming the first character that is no hex digit, an invisible one by its code point
     */
    public static SerialNumber parse(String raw) {
        return new SerialNumber(raw);
    }

    private static void check(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidValueException("the serial number is empty", "\"\"", EXPECTED,
                    "run addin:inject with signingCertificate configured, which writes the certificate's serial number");
        }
        String digits = raw.codePoints().filter(SerialNumber::isHexDigit).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (digits.length() == raw.length()) {
            return;
        }
        int bad = raw.codePoints().filter(c -> !isHexDigit(c)).findFirst().orElseThrow();
        String fix = digits.isEmpty() ? "copy the serial number from the certificate's details"
                : "use " + InvalidValueException.quoted(digits) + " (the serial without anything but its hex digits)";
        if (Character.isWhitespace(bad) || Character.isSpaceChar(bad)) {
            throw new InvalidValueException("the serial number holds spaces", shown(raw), EXPECTED, fix);
        }
        if (invisible(bad)) {
            throw new InvalidValueException("the serial number holds an invisible character, " + codePoint(bad)
                    + ", as copying it from the certificate dialog adds", shown(raw), EXPECTED, fix);
        }
        throw new InvalidValueException("the serial number holds " + codePoint(bad) + ", which is no hex digit", shown(raw),
                EXPECTED, fix);
    }

    private static boolean isHexDigit(int c) {
        return c < 128 && Character.digit(c, 16) >= 0;
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE;
    }

    /** A character as messages name it: {@code U+200E (LEFT-TO-RIGHT MARK)}, or {@code ':' (U+003A)}. */
    private static String codePoint(int c) {
        String code = String.format(Locale.ROOT, "U+%04X", c);
        String name = Character.getName(c);
        return invisible(c) ? code + (name == null ? "" : " (" + name + ")") : "'" + Character.toString(c) + "' (" + code + ")";
    }

    /** The value quoted, each invisible character written as its code point, so the message shows where it is. */
    private static String shown(String raw) {
        StringBuilder out = new StringBuilder("\"");
        raw.codePoints().forEach(c -> {
            if (invisible(c)) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", c));
            } else if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
