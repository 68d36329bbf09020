package dev.addinreg.registration;

/**
 * The two secrets TokenHelper accepts for one client ID: the primary and, during a rotation, the
 * secondary.
 */
public enum SecretRole {
    PRIMARY("ClientSecret", "client secret"),
    SECONDARY("SecondaryClientSecret", "secondary client secret");

    private final String appSettingKey;
    private final String label;

    SecretRole(String appSettingKey, String label) {
        this.appSettingKey = appSettingKey;
        this.label = label;
    }

    /** The {@code web.config} appSettings key TokenHelper reads this secret from. */
    public String appSettingKey() {
        return appSettingKey;
    }

    /** How messages name this secret. */
    public String label() {
        return label;
    }
}
