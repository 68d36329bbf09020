package dev.addinreg.addin;

/** How an add-in is hosted, as its manifest's {@code App/AppPrincipal} says. */
public enum Hosting {
    /** {@code RemoteWebApplication}: registered with a client ID and secret. */
    PROVIDER_HOSTED,
    /** {@code Internal}: SharePoint-hosted, no registration. */
    SHAREPOINT_HOSTED,
    /** The manifest could not say; a problem was reported. */
    UNKNOWN
}
