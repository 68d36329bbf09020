package dev.addinreg.registration;

import static dev.addinreg.registration.InvalidValueException.quoted;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An add-in's client ID: a GUID in 8-4-4-4-12 form, all lowercase (SharePoint answers 401
 * Unauthorized to an uppercase one), without braces or surrounding whitespace.
 *
 * @param value the ID, lowercase
 */
public record ClientId(String value) {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String EXPECTED = "a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";

    public ClientId {
        check(value);
    }

    /**
     * Checks a client ID as written by a user or found in a file.
     *
     * @throws InvalidValueException naming what is wrong and the value to use where one can be told
     */
    public static ClientId parse(String raw) {
        return new ClientId(raw);
    }

    private static void check(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidValueException("the client ID is empty", "\"\"", EXPECTED,
                    "set the client ID AppRegNew.aspx gave for this add-in");
        }
        if ("*".equals(raw)) {
            throw new InvalidValueException("the client ID is the placeholder *", "\"*\"", EXPECTED,
                    "set the client ID AppRegNew.aspx gave for this add-in; * must never ship");
        }
        String trimmed = raw.strip();
        if (!trimmed.equals(raw)) {
            throw new InvalidValueException("the client ID has whitespace around it", quoted(raw), EXPECTED,
                    "use " + quoted(canonical(trimmed)));
        }
        String unbraced = raw.startsWith("{") && raw.endsWith("}") ? raw.substring(1, raw.length() - 1) : raw;
        if (!GUID.matcher(unbraced).matches()) {
            throw new InvalidValueException("the client ID is not a GUID", quoted(raw), EXPECTED,
                    "copy the client ID from AppRegNew.aspx or the Seller Dashboard; it has 32 hex digits in groups of 8-4-4-4-12");
        }
        if (unbraced != raw) {
            throw new InvalidValueException("the client ID has braces", quoted(raw), EXPECTED + ", without braces",
                    "use " + quoted(canonical(unbraced)));
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (!lower.equals(raw)) {
            throw new InvalidValueException("the client ID has uppercase letters", quoted(raw),
                    EXPECTED + " (SharePoint answers 401 Unauthorized to an uppercase client ID)",
                    "use " + quoted(lower));
        }
    }

    private static String canonical(String candidate) {
        String unbraced = candidate.startsWith("{") && candidate.endsWith("}")
                ? candidate.substring(1, candidate.length() - 1) : candidate;
        return GUID.matcher(unbraced).matches() ? unbraced.toLowerCase(Locale.ROOT) : candidate;
    }

    @Override
    public String toString() {
        return value;
    }
}
