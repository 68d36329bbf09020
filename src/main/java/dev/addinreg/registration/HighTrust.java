package dev.addinreg.registration;

import java.util.Optional;

/**
 * A high-trust (server-to-server) add-in's checked values: it signs its own tokens with a certificate, which the
 * SharePoint farm trusts through a token issuer.
 *
 * @param issuerId the issuer ID
 * @param certificate the signing certificate, when it was read
 * @param certificatePath the path {@code web.config} gets as {@code ClientSigningCertificatePath}; when absent, it gets
 *     the certificate's serial number as {@code ClientSigningCertificateSerialNumber}
 * @param password the {@code .pfx} password, when configured
 */
public record HighTrust(IssuerId issuerId, Optional<SigningCertificate> certificate, Optional<String> certificatePath,
        Optional<SecretSetting> password) {
    /** The appSettings key of the issuer ID. */
    public static final String ISSUER_ID_KEY = "IssuerId";
    /** The appSettings key of the certificate's path on the web server. */
    public static final String PATH_KEY = "ClientSigningCertificatePath";
    /** The appSettings key of the certificate's password. */
    public static final String PASSWORD_KEY = "ClientSigningCertificatePassword";
    /** The appSettings key of the certificate's serial number, for a certificate in the Windows certificate store. */
    public static final String SERIAL_NUMBER_KEY = "ClientSigningCertificateSerialNumber";
}
