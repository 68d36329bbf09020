package dev.addinreg.it;

import java.io.File;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.addinreg.certificates.TestCertificates;
import dev.addinreg.certificates.TestCertificates.CertificateFiles;

/**
 * The signing certificates of the high-trust ITs, made by their {@code prebuild.groovy} relative to the day they run:
 * {@code certs/<name>.pfx} (opened by the canary password, which the ITs' environment gives as
 * {@code ADDIN_SIGNING_CERTIFICATE_PASSWORD}), {@code certs/<name>.cer} (DER) and {@code certs/<name>.pem.cer}, serial
 * {@value #SERIAL}.
 */
public final class ItCertificates {
    /** The serial number of every IT certificate. */
    public static final String SERIAL = "6B1F3C0A2E9D4F5B";

    private ItCertificates() {
    }

    /** A certificate valid from midnight (UTC) {@code fromDays} from today to midnight {@code toDays} from today. */
    public static CertificateFiles write(File basedir, String name, int fromDays, int toDays) throws IOException, GeneralSecurityException {
        return TestCertificates.write(new File(basedir, "certs").toPath(), name, midnight(fromDays), midnight(toDays));
    }

    /** Midnight (UTC) {@code days} from today, as the plugin shows NotBefore and NotAfter: {@code 2027-01-01T00:00:00Z}. */
    public static String instant(int days) {
        return midnight(days).toString();
    }

    private static Instant midnight(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
