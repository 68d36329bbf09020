package dev.addinreg.registration;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.security.auth.x500.X500Principal;

/**
 * The certificate a high-trust add-in signs its tokens with, as the build read it from a {@code .cer} (DER or PEM)
 * or a password-protected {@code .pfx}/{@code .p12}: what identifies it, and when it is valid.
 *
 * @param file the file it was read from
 * @param shownAs the file as messages name it
 * @param subject the subject, as RFC 2253 writes it ({@code CN=addin.contoso.com,O=Contoso})
 * @param serialNumber the serial number as Windows shows it and {@code ClientSigningCertificateSerialNumber} holds it:
 *     the bytes of its encoding in uppercase hex, without spaces
 * @param thumbprint the SHA-256 of the certificate's encoding, uppercase hex
 * @param notBefore the first moment it is valid
 * @param notAfter the last moment it is valid
 * @param pfx whether the file is a password-protected {@code .pfx}/{@code .p12}
 */
public record SigningCertificate(Path file, String shownAs, String subject, String serialNumber, String thumbprint,
        Instant notBefore, Instant notAfter, boolean pfx) {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** Whether a file name says PKCS #12: {@code .pfx} or {@code .p12}. */
    public static boolean isPfx(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".pfx") || name.endsWith(".p12");
    }

    /**
     * Reads a certificate file.
     *
     * @param shownAs the file as messages name it
     * @param password the password of a {@code .pfx}; {@code null} for a {@code .cer}
     * @throws InvalidValueException when the file cannot be read, is no certificate, or the password does not open it;
     *     the message never holds the password
     */
    public static SigningCertificate read(Path file, String shownAs, Secret password) {
        try {
            X509Certificate certificate = isPfx(file) ? fromPfx(file, shownAs, password) : fromCer(file);
            return new SigningCertificate(file, shownAs, certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                    HEX.formatHex(certificate.getSerialNumber().toByteArray()),
                    HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())),
                    certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), isPfx(file));
        } catch (NoSuchFileException e) {
            throw new InvalidValueException("there is no certificate file", shownAs, "the add-in's signing certificate:"
                    + " a .cer, or a .pfx with its password", "correct signingCertificate, or export the certificate to this file");
        } catch (IOException e) {
            throw new InvalidValueException("the certificate file cannot be read", shownAs + " (" + e.getMessage() + ")",
                    "a readable .cer or .pfx file", "check the file's permissions, or correct signingCertificate");
        } catch (GeneralSecurityException e) {
            throw notACertificate(file, shownAs);
        }
    }

    /** Whether {@code password} opens this certificate's {@code .pfx}; a {@code .cer} has no password to open. */
    public boolean opensWith(Secret password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore.getInstance("PKCS12").load(in, password.reveal().toCharArray());
            return true;
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }

    /** Whether {@code text} names this certificate's serial number: the same hex digits, in either case, leading zeros aside. */
    public boolean hasSerialNumber(String text) {
        return text.matches("[0-9A-Fa-f]+") && new BigInteger(text, 16).equals(new BigInteger(serialNumber, 16));
    }

    /**
     * Its state at {@code now}: {@code not-yet-valid} before NotBefore, {@code expired} after NotAfter, else
     * {@code expiring} when its last day (UTC) is within {@code warningDays}, the day it ends included, else
     * {@code valid}. The one judgement the checks, the report and the page share.
     */
    public String state(Instant now, int warningDays) {
        if (now.isBefore(notBefore)) {
            return "not-yet-valid";
        }
        if (now.isAfter(notAfter)) {
            return "expired";
        }
        return daysLeft(now) <= warningDays ? "expiring" : "valid";
    }

    /** Days from the UTC day of {@code now} to the day it ends (UTC): negative once that day has passed. */
    public long daysLeft(Instant now) {
        return daysLeft(now.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** Days from {@code today} to the day it ends (UTC): negative once that day has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, notAfter.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** When it ends, as {@code NotAfter} shows in messages: the UTC day. */
    public LocalDate endDate() {
        return notAfter.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** When it starts: the UTC day. */
    public LocalDate startDate() {
        return notBefore.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static X509Certificate fromCer(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            Certificate certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
            if (certificate instanceof X509Certificate x509) {
                return x509;
            }
            throw new GeneralSecurityException("not X.509");
        }
    }

    private static X509Certificate fromPfx(Path file, String shownAs, Secret password) throws IOException, GeneralSecurityException {
        if (password == null) {
            throw new IllegalArgumentException("a .pfx is read with its password");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.reveal().toCharArray());
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new InvalidValueException("the password does not open the .pfx", shownAs,
                        "the password the .pfx was exported with", "configure the certificate's password, or export the"
                                + " certificate again with the password you configured");
            }
            throw notACertificate(file, shownAs);
        }
        List<String> aliases = Collections.list(store.aliases());
        for (String alias : aliases) {
            if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate x509) {
                return x509;
            }
        }
        throw new InvalidValueException("the .pfx holds no private key", shownAs,
                "a .pfx with the certificate and its private key, which the add-in signs its tokens with",
                "export the certificate with its private key (certmgr: Yes, export the private key)");
    }

    private static InvalidValueException notACertificate(Path file, String shownAs) {
        return isPfx(file)
                ? new InvalidValueException("the file is not a PKCS #12 (.pfx) file", shownAs, "a .pfx exported with its"
                        + " private key", "export the certificate again as .pfx, or point signingCertificate at the .cer")
                : new InvalidValueException("the file is not an X.509 certificate", shownAs,
                        "a .cer in DER or PEM (-----BEGIN CERTIFICATE-----), or a .pfx/.p12",
                        "export the certificate as .cer, or point signingCertificate at the .pfx");
    }

    /** The certificate as messages show it: subject, serial and dates, nothing secret. */
    public String describe() {
        return subject + ", serial " + serialNumber + ", valid " + startDate() + " to " + endDate();
    }
}
