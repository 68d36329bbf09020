package dev.addinreg.registration;

import static dev.addinreg.registration.InvalidValueException.quoted;

/**
 * The add-in's title, as {@code AppManifest.xml} {@code Properties/Title} holds it: 1 to 256
 * characters, not blank, no whitespace around it.
 *
 * @param value the title
 */
public record AddinTitle(String value) {
    /** The longest title SharePoint accepts. */
    public static final int MAX_LENGTH = 256;

    public AddinTitle {
        check(value);
    }

    /** @throws InvalidValueException naming what is wrong */
    public static AddinTitle parse(String raw) {
        return new AddinTitle(raw);
    }

    private static void check(String raw) {
        String expected = "1 to " + MAX_LENGTH + " characters with no whitespace around them";
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("the title is blank", raw == null ? "\"\"" : quoted(raw), expected,
                    "set the title users see in the SharePoint store and site contents");
        }
        if (raw.codePointCount(0, raw.length()) > MAX_LENGTH) {
            throw new InvalidValueException("the title is longer than " + MAX_LENGTH + " characters",
                    quoted(raw.substring(0, 40) + "...") + " (" + raw.codePointCount(0, raw.length()) + " characters)",
                    expected, "shorten the title");
        }
        if (!raw.strip().equals(raw)) {
            throw new InvalidValueException("the title has whitespace around it", quoted(raw), expected,
                    "use " + quoted(raw.strip()));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
