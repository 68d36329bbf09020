package dev.addinreg.registration;

import static dev.addinreg.certificates.TestCertificates.CANARY_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.FixedClock;
import dev.addinreg.certificates.TestCertificates;
import dev.addinreg.certificates.TestCertificates.CertificateFiles;

/** The high-trust values as {@link RegistrationCheck} checks them, measured from noon (UTC) of 2026-06-01. */
class HighTrustCheckTest {
    private static final String ISSUER = "11111111-2222-4333-8444-555555555555";
    private static final String ISSUER_PARAMETER = "<issuerId> (-Daddin.issuerId)";
    private static final String CERTIFICATE_PARAMETER = "<signingCertificate> (-Daddin.signingCertificate)";
    private static final String PATH_PARAMETER = "<signingCertificatePath> (-Daddin.signingCertificatePath)";
    private static final String PASSWORD_ENV = "environment variable ADDIN_SIGNING_CERTIFICATE_PASSWORD";
    private static final String PASSWORD_PROPERTY = "user property addin.signingCertificatePassword";
    private static final String RENEW = "renew the certificate now: register the new one with the farm's token issuer,"
            + " configure it as signingCertificate and redeploy the add-in before this one ends";

    @TempDir
    static Path dir;
    private static CertificateFiles valid;
    private static CertificateFiles expiring;
    private static CertificateFiles expired;
    private static CertificateFiles notYetValid;

    @BeforeAll
    static void certificates() throws Exception {
        valid = TestCertificates.write(dir, "valid", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-06-01T00:00:00Z"));
        expiring = TestCertificates.write(dir, "expiring", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-06-21T23:59:59Z"));
        expired = TestCertificates.write(dir, "expired", Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-05-29T10:00:00Z"));
        notYetValid = TestCertificates.write(dir, "future", Instant.parse("2026-07-01T00:00:00Z"),
                Instant.parse("2027-07-01T00:00:00Z"));
    }

    /** High-trust values as a mojo passes them; by default a valid .pfx, its password in the environment, serial mode. */
    private static final class Input {
        private String issuerId = ISSUER;
        private Path certificate = valid.pfx();
        private String certificatePath;
        private String passwordEnv = CANARY_PASSWORD;
        private String passwordProperty;
        private String clientSecret;

        RegistrationCheck.Result check() {
            HighTrustInput highTrust = new HighTrustInput(new Setting(ISSUER_PARAMETER, issuerId),
                    new Setting(CERTIFICATE_PARAMETER, certificate == null ? null : "certs/" + certificate.getFileName()), certificate,
                    new Setting(PATH_PARAMETER, certificatePath),
                    List.of(new SecretSetting(PASSWORD_ENV, Secret.of(passwordEnv)),
                            new SecretSetting(PASSWORD_PROPERTY, Secret.of(passwordProperty))));
            return RegistrationCheck.check(new RegistrationInput(List.of(new Setting("<clientId> (-Daddin.clientId)",
                    "9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a")), new Setting("<appDomain> (-Daddin.appDomain)", "addin.contoso.com"),
                    Setting.absent("<redirectUri>"), Setting.absent("<title>"),
                    List.of(new SecretSetting("environment variable ADDIN_CLIENT_SECRET", Secret.of(clientSecret))),
                    Setting.absent("<clientSecretExpires>"), List.of(), Setting.absent("<secondaryClientSecretExpires>"), 30,
                    FixedClock.day(), Setting.absent("<clientSecretStarts>"), Setting.absent("<secondaryClientSecretStarts>"),
                    Setting.absent("<addinVersion>"), Setting.absent("<buildNumber>"), highTrust));
        }
    }

    private static List<String> messages(RegistrationCheck.Result result) {
        List<String> messages = new ArrayList<>();
        result.findings().all().forEach(p -> messages.add(p.toString()));
        messages.forEach(m -> TestSecrets.assertNoPartOf(CANARY_PASSWORD, m));
        return messages;
    }

    @Test
    void aValidCertificateAndIssuerMakeAHighTrustRegistrationWithNoProblem() {
        RegistrationCheck.Result result = new Input().check();

        assertEquals(List.of(), messages(result));
        HighTrust highTrust = result.registration().highTrust().orElseThrow();
        assertEquals(ISSUER, highTrust.issuerId().value());
        assertEquals("6B1F3C0A2E9D4F5B", highTrust.certificate().orElseThrow().serialNumber());
        assertEquals(Optional.empty(), highTrust.certificatePath());
        assertEquals(PASSWORD_ENV, highTrust.password().orElseThrow().origin());
    }

    @Test
    void nothingHighTrustConfiguredIsALowTrustRegistrationEvenWithAPasswordInTheEnvironment() {
        Input input = new Input();
        input.issuerId = null;
        input.certificate = null;

        RegistrationCheck.Result result = input.check();

        assertEquals(List.of(), messages(result));
        assertEquals(Optional.empty(), result.registration().highTrust());
    }

    @Test
    void aCerNeedsNoPassword() {
        Input input = new Input();
        input.certificate = valid.derCer();
        input.passwordEnv = null;

        assertEquals(List.of(), messages(input.check()));
        Input pem = new Input();
        pem.certificate = valid.pemCer();
        assertEquals("6B1F3C0A2E9D4F5B", pem.check().registration().highTrust().orElseThrow().certificate().orElseThrow()
                .serialNumber());
    }

    @Test
    void anExpiredCertificateFailsNamingItsEndAndTheFix() {
        Input input = new Input();
        input.certificate = expired.derCer();

        assertEquals(List.of("ERROR certs/expired.cer: the signing certificate (serial 6B1F3C0A2E9D4F5B) has expired. Found"
                + " NotAfter 2026-05-29T10:00:00Z (3 days ago); expected a certificate valid today, 2026-06-01. Fix: create a new"
                + " certificate, register it with the farm's token issuer (New-SPTrustedSecurityTokenIssuer), configure it as"
                + " signingCertificate and redeploy the add-in; until then SharePoint answers the add-in's calls with 401"
                + " Unauthorized"), messages(input.check()));
    }

    @Test
    void aCertificateNotValidYetFails() {
        Input input = new Input();
        input.certificate = notYetValid.pfx();

        assertEquals(List.of("ERROR certs/future.pfx: the signing certificate (serial 6B1F3C0A2E9D4F5B) is not valid yet. Found"
                + " NotBefore 2026-07-01T00:00:00Z; expected a certificate valid today, 2026-06-01. Fix: use a certificate that is"
                + " valid now; if it was just made, check the clock and time zone of the machine that made it"),
                messages(input.check()));
    }

    @Test
    void aCertificateEndingWithinTheWarningWindowWarns() {
        Input input = new Input();
        input.certificate = expiring.pfx();

        RegistrationCheck.Result result = input.check();

        assertEquals(List.of("WARNING certs/expiring.pfx: the signing certificate (serial 6B1F3C0A2E9D4F5B) expires in 20 days."
                + " Found NotAfter 2026-06-21T23:59:59Z; expected more than 30 days left (expiryWarningDays). Fix: " + RENEW),
                messages(result));
        assertTrue(result.registration().highTrust().isPresent());
    }

    @Test
    void anUppercaseIssuerIdFailsWithTheLowercaseOne() {
        Input input = new Input();
        input.issuerId = "11111111-2222-4333-8444-55555555ABCD";

        RegistrationCheck.Result result = input.check();

        assertEquals(List.of("ERROR " + ISSUER_PARAMETER + ": the issuer ID has uppercase letters. Found"
                + " \"11111111-2222-4333-8444-55555555ABCD\"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"
                + " (Microsoft's documentation says the issuer ID must be lowercase). Fix: use"
                + " \"11111111-2222-4333-8444-55555555abcd\""), messages(result));
        assertEquals(Optional.empty(), result.registration().highTrust());
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() {
        Input input = new Input();
        input.passwordEnv = "Wr0ng-Qx7zK9mTv2";

        List<String> messages = messages(input.check());

        assertEquals(List.of("ERROR " + CERTIFICATE_PARAMETER + ": the password does not open the .pfx. Found certs/valid.pfx;"
                + " expected the password the .pfx was exported with. Fix: configure the certificate's password, or export the"
                + " certificate again with the password you configured"), messages);
        TestSecrets.assertNoPartOf("Wr0ng-Qx7zK9mTv2", String.join("\n", messages));
    }

    @Test
    void aPfxWithoutAPasswordNamesWhereThePasswordIsRead() {
        Input input = new Input();
        input.passwordEnv = null;

        assertEquals(List.of("ERROR " + PASSWORD_ENV + " or " + PASSWORD_PROPERTY + ": no signing certificate's password is"
                + " configured, and the .pfx needs it. Expected the password that opens certs/valid.pfx. Fix: give the password"
                + " in " + PASSWORD_ENV + " or " + PASSWORD_PROPERTY + "; or point signingCertificate at the certificate's .cer,"
                + " which has no password"), messages(input.check()));
    }

    @Test
    void aCertificatePathNeedsThePasswordWebConfigGetsBesideIt() {
        Input input = new Input();
        input.certificate = valid.derCer();
        input.certificatePath = "C:\\Certs\\addin.pfx";
        input.passwordEnv = null;

        assertEquals(List.of("ERROR " + PASSWORD_ENV + " or " + PASSWORD_PROPERTY + ": no signing certificate's password is"
                + " configured, and web.config needs one beside ClientSigningCertificatePath. Expected the password of the .pfx"
                + " at C:\\Certs\\addin.pfx. Fix: give the password in " + PASSWORD_ENV + " or " + PASSWORD_PROPERTY + "; or"
                + " remove signingCertificatePath, so web.config gets the serial number and the certificate comes from the"
                + " Windows certificate store, as Microsoft advises for production"), messages(input.check()));
    }

    @Test
    void twoPasswordSourcesThatDisagreeShowNeither() {
        Input input = new Input();
        input.passwordProperty = "Wr0ng-Qx7zK9mTv2";

        List<String> messages = messages(input.check());

        assertEquals(List.of("ERROR " + PASSWORD_ENV + " and " + PASSWORD_PROPERTY + ": two sources give different values for the"
                + " signing certificate's password. Found a hidden value and a hidden value; expected one value, or sources that"
                + " agree. Fix: give the signing certificate's password in one place only, or make both the same"), messages);
        TestSecrets.assertNoPartOf("Wr0ng-Qx7zK9mTv2", String.join("\n", messages));
    }

    @Test
    void aCertificateWithoutAnIssuerIdIsAProblem() {
        Input input = new Input();
        input.issuerId = null;

        assertEquals(List.of("ERROR " + CERTIFICATE_PARAMETER + ": a signing certificate is configured without an issuer ID."
                + " Expected issuerId with it: setting issuerId makes the add-in high-trust. Fix: set issuerId to the ID of the"
                + " token issuer the farm trusts for this certificate; for a low-trust add-in, remove " + CERTIFICATE_PARAMETER),
                messages(input.check()));
    }

    @Test
    void anIssuerIdWithoutACertificateIsAProblem() {
        Input input = new Input();
        input.certificate = null;

        assertEquals(List.of("ERROR " + CERTIFICATE_PARAMETER + ": no signing certificate is configured for the high-trust add-in."
                + " Expected the .cer or .pfx the add-in signs its tokens with. Fix: set signingCertificate, so the build can check"
                + " the certificate's dates and write its serial number"), messages(input.check()));
    }

    @Test
    void aClientSecretConfiguredForAHighTrustAddinWarnsThatItIsNotWritten() {
        Input input = new Input();
        input.clientSecret = TestSecrets.CANARY;

        List<String> messages = messages(input.check());

        assertEquals(List.of("WARNING environment variable ADDIN_CLIENT_SECRET: a client secret is configured for a high-trust"
                + " add-in. Found a hidden value (" + TestSecrets.sha256Prefix(TestSecrets.CANARY) + ", 44 characters); expected"
                + " no client secret: a high-trust add-in signs its tokens with its certificate, and addin:inject writes no"
                + " ClientSecret for it. Fix: remove the client secret from this build's configuration; or, for a low-trust"
                + " add-in, remove issuerId"), messages);
        TestSecrets.assertNoPartOf(TestSecrets.CANARY, String.join("\n", messages));
    }
}
