package dev.addinreg.registration;

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
 * @param today the date expiry is measured from
 */
public record RegistrationInput(
        List<Setting> clientId,
        Setting appDomain,
        Setting redirectUri,
        Setting title,
        List<Setting> primarySecret,
        Setting primaryExpires,
        List<Setting> secondarySecret,
        Setting secondaryExpires,
        int expiryWarningDays,
        LocalDate today) {

    public RegistrationInput {
        clientId = List.copyOf(clientId);
        primarySecret = List.copyOf(primarySecret);
        secondarySecret = List.copyOf(secondarySecret);
    }
}
