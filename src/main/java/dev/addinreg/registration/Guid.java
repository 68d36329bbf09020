package dev.addinreg.registration;

import static dev.addinreg.registration.InvalidValueException.quoted;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule SharePoint holds its IDs to: a GUID in 8-4-4-4-12 form, all lowercase, without braces or surrounding
 * whitespace. {@link ClientId} and {@link IssuerId} check their values with it, each naming itself.
 */
final class Guid {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final String EXPECTED = "a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";

    private Guid() {
    }

    /**
     * Checks one ID.
     *
     * @param name what the ID is, as messages name it ("the client ID")
     * @param fixEmpty the fix for an empty value
     * @param fixNotGuid the fix for a value that is no GUID at all
     * @param whyLowercase why an uppercase letter is wrong, said after the expected value
     * @throws InvalidValueException naming what is wrong and the value to use where one can be told
     */
    static void check(String raw, String name, String fixEmpty, String fixNotGuid, String whyLowercase) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidValueException(name + " is empty", "\"\"", EXPECTED, fixEmpty);
        }
        String trimmed = raw.strip();
        if (!trimmed.equals(raw)) {
            throw new InvalidValueException(name + " has whitespace around it", quoted(raw), EXPECTED,
                    "use " + quoted(canonical(trimmed)));
        }
        String unbraced = unbraced(raw);
        if (!GUID.matcher(unbraced).matches()) {
            throw new InvalidValueException(name + " is not a GUID", quoted(raw), EXPECTED, fixNotGuid);
        }
        if (unbraced != raw) {
            throw new InvalidValueException(name + " has braces", quoted(raw), EXPECTED + ", without braces",
                    "use " + quoted(canonical(unbraced)));
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (!lower.equals(raw)) {
            throw new InvalidValueException(name + " has uppercase letters", quoted(raw), EXPECTED + " (" + whyLowercase + ")",
                    "use " + quoted(lower));
        }
    }

    private static String unbraced(String value) {
        return value.startsWith("{") && value.endsWith("}") ? value.substring(1, value.length() - 1) : value;
    }

    private static String canonical(String candidate) {
        String unbraced = unbraced(candidate);
        return GUID.matcher(unbraced).matches() ? unbraced.toLowerCase(Locale.ROOT) : candidate;
    }
}
