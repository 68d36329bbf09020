package dev.addinreg.registration;

import java.nio.file.Path;
import java.util.List;

/**
 * A high-trust add-in's values as a user gave them, unchecked, each with its origin.
 *
 * @param issuerId the issuer ID
 * @param certificate the certificate file the build reads, as messages name it
 * @param certificateFile that file, resolved; {@code null} when none is configured
 * @param certificatePath the path written into {@code web.config}: when absent, the serial number is written instead
 * @param password every source of the {@code .pfx} password; absent ones allowed
 */
public record HighTrustInput(Setting issuerId, Setting certificate, Path certificateFile, Setting certificatePath,
        List<SecretSetting> password) {

    public HighTrustInput {
        password = List.copyOf(password);
    }

    /** A low-trust add-in: nothing high-trust configured. */
    public static HighTrustInput none() {
        return new HighTrustInput(Setting.absent("issuerId"), Setting.absent("signingCertificate"), null,
                Setting.absent("signingCertificatePath"), List.of());
    }

    /** Whether any high-trust value is given; a password alone does not count, as a CI machine may set one for other builds. */
    boolean given() {
        return issuerId.isPresent() || certificate.isPresent() || certificatePath.isPresent();
    }
}
