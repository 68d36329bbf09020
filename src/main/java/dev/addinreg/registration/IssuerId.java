package dev.addinreg.registration;

/**
 * A high-trust add-in's issuer ID: the ID of the token issuer the SharePoint farm trusts for the add-in's
 * certificate. It equals the client ID when the add-in has its own certificate. A GUID, lowercase: Microsoft's
 * documentation says the issuer ID must be.
 *
 * @param value the ID, lowercase
 */
public record IssuerId(String value) {

    public IssuerId {
        Guid.check(value, "the issuer ID", "set the issuer ID: the client ID when the add-in has its own certificate,"
                        + " else the ID the farm's token issuer was registered with (New-SPTrustedSecurityTokenIssuer)",
                "copy the issuer ID the token issuer was registered with; it has 32 hex digits in groups of 8-4-4-4-12",
                "Microsoft's documentation says the issuer ID must be lowercase");
    }

    /**
     * Checks an issuer ID as written by a user or found in a file.
     *
     * @throws InvalidValueException naming what is wrong and the value to use where one can be told
     */
    public static IssuerId parse(String raw) {
        return new IssuerId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
