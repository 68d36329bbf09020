package dev.addinreg.inject;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.addinreg.registration.HighTrust;
import dev.addinreg.registration.SecretSetting;

/**
 * The appSettings a high-trust add-in's TokenHelper reads, in the order Visual Studio writes them: {@code IssuerId},
 * then the certificate's path and password (development) or its serial number (production, the certificate in the
 * Windows certificate store).
 */
final class HighTrustSettings {
    private HighTrustSettings() {
    }

    /** The keys and values to set; a value that cannot be told (no certificate read) is left out, as its problem is already found. */
    static Map<String, String> of(HighTrust highTrust) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(HighTrust.ISSUER_ID_KEY, highTrust.issuerId().value());
        if (highTrust.certificatePath().isPresent()) {
            settings.put(HighTrust.PATH_KEY, highTrust.certificatePath().get());
            highTrust.password().map(SecretSetting::value).ifPresent(password -> settings.put(HighTrust.PASSWORD_KEY, password.reveal()));
        } else {
            highTrust.certificate().ifPresent(certificate -> settings.put(HighTrust.SERIAL_NUMBER_KEY, certificate.serialNumber()));
        }
        return settings;
    }
}
