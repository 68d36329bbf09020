package dev.addinreg.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The registration values as a user gave them, unchecked, each with its origin.
 *
 * @param clientId every source of the client ID (a parameter, a server's username); absent ones allowed
 * @param appDomain the add-in domain
 * @param redirectUri the redirect URI
 * @param title the title
 * @param primarySecret every source of the client secret
 * @param primaryExpires the client secret's end date (ISO date)
 * @param secondarySecret every source of the secondary client secret
 * @param secondaryExpires the secondary client secret's end date (ISO date)
 * @param expiryWarningDays how many days before its end date a secret gets a warning (0 or more)
 * @param clock where today comes from, for expiry
 * @param primaryStarts when the client secret was created (ISO date or date and time)
 * @param secondaryStarts when the secondary client secret was created
 * @param addinVersion the add-in's version: four parts, or a Maven version
 * @param buildNumber the build number that fills the version's fourth part
 * @param highTrust the high-trust values: issuer ID, signing certificate and its password
 */
public record RegistrationInput(
        List<Setting> clientId,
        Setting appDomain,
        Setting redirectUri,
        Setting title,
        List<SecretSetting> primarySecret,
        Setting primaryExpires,
        List<SecretSetting> secondarySecret,
        Setting secondaryExpires,
        int expiryWarningDays,
        Clock clock,
        Setting primaryStarts,
        Setting secondaryStarts,
        Setting addinVersion,
        Setting buildNumber,
        HighTrustInput highTrust) {

    /** Values with no recorded start dates. */
    public RegistrationInput(List<Setting> clientId, Setting appDomain, Setting redirectUri, Setting title,
            List<SecretSetting> primarySecret, Setting primaryExpires, List<SecretSetting> secondarySecret,
            Setting secondaryExpires, int expiryWarningDays, Clock clock) {
        this(clientId, appDomain, redirectUri, title, primarySecret, primaryExpires, secondarySecret, secondaryExpires,
                expiryWarningDays, clock, Setting.absent("clientSecretStarts"), Setting.absent("secondaryClientSecretStarts"));
    }

    /** Values of a low-trust add-in with no add-in version. */
    public RegistrationInput(List<Setting> clientId, Setting appDomain, Setting redirectUri, Setting title,
            List<SecretSetting> primarySecret, Setting primaryExpires, List<SecretSetting> secondarySecret,
            Setting secondaryExpires, int expiryWarningDays, Clock clock, Setting primaryStarts, Setting secondaryStarts) {
        this(clientId, appDomain, redirectUri, title, primarySecret, primaryExpires, secondarySecret, secondaryExpires,
                expiryWarningDays, clock, primaryStarts, secondaryStarts, Setting.absent("addinVersion"),
                Setting.absent("buildNumber"), HighTrustInput.none());
    }

    /** Values of a low-trust add-in. */
    public RegistrationInput(List<Setting> clientId, Setting appDomain, Setting redirectUri, Setting title,
            List<SecretSetting> primarySecret, Setting primaryExpires, List<SecretSetting> secondarySecret,
            Setting secondaryExpires, int expiryWarningDays, Clock clock, Setting primaryStarts, Setting secondaryStarts,
            Setting addinVersion, Setting buildNumber) {
        this(clientId, appDomain, redirectUri, title, primarySecret, primaryExpires, secondarySecret, secondaryExpires,
                expiryWarningDays, clock, primaryStarts, secondaryStarts, addinVersion, buildNumber, HighTrustInput.none());
    }

    /** The day expiry is measured from: today, by the clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public RegistrationInput {
        clientId = List.copyOf(clientId);
        primarySecret = List.copyOf(primarySecret);
        secondarySecret = List.copyOf(secondarySecret);
    }
}
