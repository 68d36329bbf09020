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
 */
public record Registration(
        Optional<ClientId> clientId,
        Optional<AppDomain> appDomain,
        Optional<RedirectUri> redirectUri,
        Optional<AddinTitle> title,
        Optional<ConfiguredSecret> primary,
        Optional<ConfiguredSecret> secondary,
        Optional<AddinVersion> version) {

    /** A registration with no add-in version: the manifest's is left as it is. */
    public Registration(Optional<ClientId> clientId, Optional<AppDomain> appDomain, Optional<RedirectUri> redirectUri,
            Optional<AddinTitle> title, Optional<ConfiguredSecret> primary, Optional<ConfiguredSecret> secondary) {
        this(clientId, appDomain, redirectUri, title, primary, secondary, Optional.empty());
    }
}
