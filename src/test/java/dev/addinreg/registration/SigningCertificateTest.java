package dev.addinreg.registration;

import static dev.addinreg.certificates.TestCertificates.CANARY_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.certificates.TestCertificates;
import dev.addinreg.certificates.TestCertificates.CertificateFiles;

class SigningCertificateTest {
    private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2027-01-01T00:00:00Z");

    @TempDir
    static Path dir;
    private static CertificateFiles files;

    @BeforeAll
    static void certificate() throws Exception {
        files = TestCertificates.write(dir, "addin", NOT_BEFORE, NOT_AFTER);
    }

    @Test
    void aPfxOpenedWithItsPasswordGivesSubjectSerialThumbprintAndDates() throws Exception {
        SigningCertificate certificate = SigningCertificate.read(files.pfx(), "certs/addin.pfx", Secret.of(CANARY_PASSWORD));

        assertEquals("CN=addin.contoso.com,O=Contoso", certificate.subject());
        assertEquals("6B1F3C0A2E9D4F5B", certificate.serialNumber());
        assertEquals(HexFormat.of().withUpperCase().formatHex(
                MessageDigest.getInstance("SHA-256").digest(files.certificate().getEncoded())), certificate.thumbprint());
        assertEquals(NOT_BEFORE, certificate.notBefore());
        assertEquals(NOT_AFTER, certificate.notAfter());
        assertEquals(LocalDate.of(2027, 1, 1), certificate.endDate());
        assertEquals(30, certificate.daysLeft(LocalDate.of(2026, 12, 2)));
        assertTrue(certificate.pfx());
        assertEquals("certs/addin.pfx", certificate.shownAs());
    }

    @Test
    void aCerInDerAndInPemIsTheSameCertificate() {
        SigningCertificate fromPfx = SigningCertificate.read(files.pfx(), "addin.pfx", Secret.of(CANARY_PASSWORD));
        SigningCertificate der = SigningCertificate.read(files.derCer(), "addin.cer", null);
        SigningCertificate pem = SigningCertificate.read(files.pemCer(), "addin.pem.cer", null);

        assertEquals(fromPfx.thumbprint(), der.thumbprint());
        assertEquals(fromPfx.thumbprint(), pem.thumbprint());
        assertEquals(fromPfx.serialNumber(), pem.serialNumber());
        assertFalse(der.pfx());
    }

    @Test
    void aWrongPasswordIsAClearErrorThatDoesNotShowThePassword() {
        String wrong = "Wr0ng-Qx7zK9mTv2";
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> SigningCertificate.read(files.pfx(), "certs/addin.pfx", Secret.of(wrong)));

        assertEquals("the password does not open the .pfx. Found certs/addin.pfx; expected the password the .pfx was exported"
                + " with. Fix: configure the certificate's password, or export the certificate again with the password you"
                + " configured", e.getMessage());
        TestSecrets.assertNoPartOf(wrong, e.getMessage());
    }

    @Test
    void opensWithTellsWhetherAPasswordOpensThePfx() {
        SigningCertificate certificate = SigningCertificate.read(files.pfx(), "addin.pfx", Secret.of(CANARY_PASSWORD));

        assertTrue(certificate.opensWith(Secret.of(CANARY_PASSWORD)));
        assertFalse(certificate.opensWith(Secret.of("password")));
    }

    @Test
    void aSerialWithItsHighBitSetIsShownWithTheLeadingZeroByteWindowsShows() throws Exception {
        CertificateFiles high = TestCertificates.write(dir, "high", NOT_BEFORE, NOT_AFTER, new BigInteger("8A01", 16), "pw");
        SigningCertificate certificate = SigningCertificate.read(high.derCer(), "high.cer", null);

        assertEquals("008A01", certificate.serialNumber());
        assertTrue(certificate.hasSerialNumber("8A01"));
        assertTrue(certificate.hasSerialNumber("008a01"));
        assertFalse(certificate.hasSerialNumber("8A02"));
        assertFalse(certificate.hasSerialNumber("8A 01"));
    }

    @Test
    void aFileThatIsNoCertificateSaysWhatIsExpected() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.cer"), "not a certificate");
        Path pfx = Files.writeString(dir.resolve("notes.pfx"), "not a keystore");

        assertEquals("the file is not an X.509 certificate. Found notes.cer; expected a .cer in DER or PEM (-----BEGIN"
                + " CERTIFICATE-----), or a .pfx/.p12. Fix: export the certificate as .cer, or point signingCertificate at the .pfx",
                assertThrows(InvalidValueException.class, () -> SigningCertificate.read(text, "notes.cer", null)).getMessage());
        assertEquals("the file is not a PKCS #12 (.pfx) file. Found notes.pfx; expected a .pfx exported with its private key."
                + " Fix: export the certificate again as .pfx, or point signingCertificate at the .cer",
                assertThrows(InvalidValueException.class, () -> SigningCertificate.read(pfx, "notes.pfx", Secret.of("x"))).getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        assertEquals("there is no certificate file. Found certs/none.cer; expected the add-in's signing certificate: a .cer, or"
                + " a .pfx with its password. Fix: correct signingCertificate, or export the certificate to this file",
                assertThrows(InvalidValueException.class,
                        () -> SigningCertificate.read(dir.resolve("none.cer"), "certs/none.cer", null)).getMessage());
    }

    @Test
    void aPfxWithoutThePrivateKeyIsRefused() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("addin", files.certificate());
        Path pfx = dir.resolve("public-only.p12");
        try (OutputStream out = Files.newOutputStream(pfx)) {
            store.store(out, "pw".toCharArray());
        }

        assertEquals("the .pfx holds no private key. Found public-only.p12; expected a .pfx with the certificate and its"
                + " private key, which the add-in signs its tokens with. Fix: export the certificate with its private key"
                + " (certmgr: Yes, export the private key)",
                assertThrows(InvalidValueException.class,
                        () -> SigningCertificate.read(pfx, "public-only.p12", Secret.of("pw"))).getMessage());
    }
}
