package dev.addinreg.registration;

/**
 * An add-in's client ID: a GUID in 8-4-4-4-12 form, all lowercase (SharePoint answers 401
 * Unauthorized to an uppercase one), without braces or surrounding whitespace.
 *
 * @param value the ID, lowercase
 */
public record ClientId(String value) {

    public ClientId {
        if ("*".equals(value)) {
            throw new InvalidValueException("the client ID is the placeholder *", "\"*\"", Guid.EXPECTED,
                    "set the client ID AppRegNew.aspx gave for this add-in; * must never ship");
        }
        Guid.check(value, "the client ID", "set the client ID AppRegNew.aspx gave for this add-in",
                "copy the client ID from AppRegNew.aspx or the Seller Dashboard; it has 32 hex digits in groups of 8-4-4-4-12",
                "SharePoint answers 401 Unauthorized to an uppercase client ID");
    }

    /**
     * Checks a client ID as written by a user or found in a file.
     *
     * @throws InvalidValueException naming what is wrong and the value to use where one can be told
     */
    public static ClientId parse(String raw) {
        return new ClientId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
