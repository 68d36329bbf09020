package dev.addinreg.registration;

import java.util.Optional;

/**
 * A checked registration: every value present is valid.
 *
 * @param clientId the client ID, when configured
 * @param appDomain the add-in domain, when configured
 * @param redirectUri the redirect URI, when configured
 * @param title the title, when configured
 * @param primary the client secret, when configured
 * @param secondary the secondary client secret, when configured
 * @param version the add-in's version, its build number applied, when configured; else the manifest's is left as it is
 * @param highTrust the issuer ID and signing certificate, when the add-in is high-trust
 */
public record Registration(
        Optional<ClientId> clientId,
        Optional<AppDomain> appDomain,
        Optional<RedirectUri> redirectUri,
        Optional<AddinTitle> title,
        Optional<ConfiguredSecret> primary,
        Optional<ConfiguredSecret> secondary,
        Optional<AddinVersion> version,
        Optional<HighTrust> highTrust) {

    /** A low-trust registration with the given add-in version. */
    public Registration(Optional<ClientId> clientId, Optional<AppDomain> appDomain, Optional<RedirectUri> redirectUri,
            Optional<AddinTitle> title, Optional<ConfiguredSecret> primary, Optional<ConfiguredSecret> secondary,
            Optional<AddinVersion> version) {
        this(clientId, appDomain, redirectUri, title, primary, secondary, version, Optional.empty());
    }

    /** A low-trust registration with no add-in version: the manifest's is left as it is. */
    public Registration(Optional<ClientId> clientId, Optional<AppDomain> appDomain, Optional<RedirectUri> redirectUri,
            Optional<AddinTitle> title, Optional<ConfiguredSecret> primary, Optional<ConfiguredSecret> secondary) {
        this(clientId, appDomain, redirectUri, title, primary, secondary, Optional.empty());
    }
}
