package dev.addinreg.verify;

import static dev.addinreg.certificates.TestCertificates.CANARY_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.FixedClock;
import dev.addinreg.addin.AddinFiles;
import dev.addinreg.certificates.TestCertificates;
import dev.addinreg.certificates.TestCertificates.CertificateFiles;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.HighTrust;
import dev.addinreg.registration.IssuerId;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.Secret;
import dev.addinreg.registration.SecretRole;
import dev.addinreg.registration.SecretSetting;
import dev.addinreg.registration.SigningCertificate;
import dev.addinreg.registration.TestSecrets;

/**
 * verify on a high-trust add-in: the {@code high-trust} check of the web.config that ships, the client-secret checks
 * set aside, and {@code failWithinDays} applied to the certificate. Every message is the exact line a user reads, and
 * no password or secret shows in any.
 */
class HighTrustVerifyTest {
    private static final LocalDate TODAY = FixedClock.DAY;
    private static final String CLIENT_ID = "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";
    private static final String ISSUER = "11111111-2222-4333-8444-555555555555";
    private static final String WEB_CONFIG_FILE = "src/main/webapp/Web.config";
    private static final String SERIAL = "6B1F3C0A2E9D4F5B";
    private static final String PASSWORD_WARNING = "the signing certificate's password ships in web.config. Expected"
            + " ClientSigningCertificateSerialNumber, with the certificate in the web server's certificate store. Fix: for"
            + " production, leave signingCertificatePath unset so addin:inject writes the serial number, import the .pfx into"
            + " the server's certificate store, and remove ClientSigningCertificatePath and ClientSigningCertificatePassword";

    private static final String MANIFEST = """
            <?xml version="1.0" encoding="utf-8" ?>
            <App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="ContosoOrders"
                 ProductID="{4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11}" Version="1.0.0.0" SharePointMinVersion="15.0.0.0">
              <Properties>
                <Title>Contoso Orders</Title>
                <StartPage>https://addin.contoso.com/Pages/Default.aspx?{StandardTokens}</StartPage>
              </Properties>
              <AppPrincipal>
                <RemoteWebApplication ClientId="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
              </AppPrincipal>
            </App>
            """;

    @TempDir
    static Path certificates;
    private static SigningCertificate certificate;
    private static SigningCertificate endingSoon;

    @TempDir
    Path base;
    private Path webConfig;
    private Path manifest;

    private Optional<HighTrust> highTrust;
    private Optional<ConfiguredSecret> primary = Optional.empty();
    private Optional<ConfiguredSecret> secondary = Optional.empty();
    private Integer failWithinDays;

    @BeforeAll
    static void certificates() throws Exception {
        CertificateFiles files = TestCertificates.write(certificates, "addin", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2028-01-01T00:00:00Z"));
        certificate = SigningCertificate.read(files.pfx(), "certs/addin.pfx", Secret.of(CANARY_PASSWORD));
        CertificateFiles soon = TestCertificates.write(certificates, "soon", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-06-11T00:00:00Z"));
        endingSoon = SigningCertificate.read(soon.derCer(), "certs/soon.cer", null);
    }

    @BeforeEach
    void serialModeProject() throws IOException {
        webConfig = base.resolve(WEB_CONFIG_FILE);
        manifest = base.resolve("src/main/sharepoint/AppManifest.xml");
        write(manifest, MANIFEST);
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="IssuerId" value="11111111-2222-4333-8444-555555555555" />
                <add key="ClientSigningCertificateSerialNumber" value="6B1F3C0A2E9D4F5B" />
                """);
        highTrust = Optional.of(highTrust(certificate, Optional.empty()));
    }

    private static HighTrust highTrust(SigningCertificate certificate, Optional<String> path) {
        return new HighTrust(IssuerId.parse(ISSUER), Optional.of(certificate), path, Optional.of(new SecretSetting(
                "environment variable ADDIN_SIGNING_CERTIFICATE_PASSWORD", Secret.of(CANARY_PASSWORD))));
    }

    /** A web.config whose appSettings hold {@code entries}, one per line, as Visual Studio writes it (BOM, CRLF). */
    private void writeWebConfig(String entries) throws IOException {
        StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n");
        entries.lines().forEach(line -> text.append("    ").append(line).append('\n'));
        write(webConfig, text.append("  </appSettings>\n</configuration>\n").toString());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
    }

    private Verification verify() throws IOException {
        Registration registration = new Registration(Optional.of(ClientId.parse(CLIENT_ID)),
                Optional.of(AppDomain.parse("addin.contoso.com")), Optional.empty(), Optional.empty(), primary, secondary, Optional.empty(), highTrust);
        AddinFiles files = new AddinFiles(base, webConfig, manifest, manifest.getParent(), null, base.resolve("target/addin"), true);
        Verification verification = Verifier.verify(new VerifyRequest(files, registration, List.of(), failWithinDays, 24,
                FixedClock.at(TODAY)));
        for (CheckResult check : verification.checks()) {
            List<String> shown = new ArrayList<>(messages(check));
            shown.add(check.note());
            for (String text : shown) {
                TestSecrets.assertNoPartOf(CANARY_PASSWORD, text);
                TestSecrets.assertNoPartOf(TestSecrets.CANARY, text);
            }
        }
        return verification;
    }

    private static CheckResult check(Verification verification, String id) {
        return verification.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> messages(CheckResult check) {
        return check.problems().stream().map(p -> p.severity() + " " + p.message()).toList();
    }

    private static List<String> summary(Verification verification) {
        return verification.checks().stream().map(c -> c.id() + " " + c.outcome().word() + " (" + c.note() + ")").toList();
    }

    @Test
    void aHighTrustWebConfigWithTheCertificatesSerialPassesAndTheSecretChecksStandAside() throws Exception {
        Verification verification = verify();

        assertEquals(List.of(
                "configured-values passed ()",
                "files-readable passed (src/main/sharepoint/AppManifest.xml, " + WEB_CONFIG_FILE + ")",
                "client-id-consistent passed ()",
                "no-remote-app-url passed (1 file scanned)",
                "endpoints-on-app-domain passed (addin.contoso.com)",
                "client-secret skipped (high-trust add-in: it signs its tokens with its certificate)",
                "title skipped (no title configured)",
                "high-trust passed ()",
                "publish-transforms passed ()",
                "manifest-version passed (no addinVersion configured: the schema's pattern only)"), summary(verification));
    }

    @Test
    void anUppercaseIssuerIdFails() throws Exception {
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="IssuerId" value="11111111-2222-4333-8444-55555555555A" />
                <add key="ClientSigningCertificateSerialNumber" value="6B1F3C0A2E9D4F5B" />
                """);

        assertEquals(List.of("ERROR " + WEB_CONFIG_FILE + ":5 appSettings \"IssuerId\": the issuer ID has uppercase letters. Found"
                + " \"11111111-2222-4333-8444-55555555555A\"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"
                + " (Microsoft's documentation says the issuer ID must be lowercase). Fix: use"
                + " \"11111111-2222-4333-8444-55555555555a\""), messages(check(verify(), "high-trust")));
    }

    @Test
    void anIssuerIdOtherThanTheConfiguredOneFails() throws Exception {
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="IssuerId" value="99999999-2222-4333-8444-555555555555" />
                <add key="ClientSigningCertificateSerialNumber" value="6B1F3C0A2E9D4F5B" />
                """);

        assertEquals(List.of("ERROR " + WEB_CONFIG_FILE + ":5 appSettings \"IssuerId\": the issuer ID differs from the configured"
                + " one. Found \"99999999-2222-4333-8444-555555555555\"; expected \"" + ISSUER + "\", the configured issuerId. Fix:"
                + " run addin:inject with this registration, or correct issuerId"), messages(check(verify(), "high-trust")));
    }

    @Test
    void aMissingIssuerIdFails() throws Exception {
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="ClientSigningCertificateSerialNumber" value="6B1F3C0A2E9D4F5B" />
                """);

        assertEquals(List.of("ERROR " + WEB_CONFIG_FILE + ":3 appSettings \"IssuerId\": the key is missing. Expected <add"
                + " key=\"IssuerId\" value=\"...\" />. Fix: run addin:inject before addin:verify, and ship its output"),
                messages(check(verify(), "high-trust")));
    }

    @Test
    void aSerialWithAnInvisibleLeftToRightMarkFailsNamingIt() throws Exception {
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="IssuerId" value="11111111-2222-4333-8444-555555555555" />
                <add key="ClientSigningCertificateSerialNumber" value="\u200e6B1F3C0A2E9D4F5B" />
                """);

        assertEquals(List.of("ERROR " + WEB_CONFIG_FILE + ":6 appSettings \"ClientSigningCertificateSerialNumber\": the serial"
                + " number holds an invisible character, U+200E (LEFT-TO-RIGHT MARK), as copying it from the certificate dialog"
                + " adds. Found \"<U+200E>6B1F3C0A2E9D4F5B\"; expected hex digits only, such as 6B1F3C0A2E9D4F5B8C7A. Fix: use"
                + " \"6B1F3C0A2E9D4F5B\" (the serial without anything but its hex digits)"), messages(check(verify(), "high-trust")));
    }

    @Test
    void aSerialThatIsNotTheCertificatesFails() throws Exception {
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="IssuerId" value="11111111-2222-4333-8444-555555555555" />
                <add key="ClientSigningCertificateSerialNumber" value="0A1B2C3D" />
                """);

        assertEquals(List.of("ERROR " + WEB_CONFIG_FILE + ":6 appSettings \"ClientSigningCertificateSerialNumber\": the serial"
                + " number is not the signing certificate's. Found \"0A1B2C3D\"; expected \"" + SERIAL + "\", the serial of"
                + " certs/addin.pfx (CN=addin.contoso.com,O=Contoso). Fix: run addin:inject with this certificate, or configure as"
                + " signingCertificate the certificate this serial number is"), messages(check(verify(), "high-trust")));
    }

    @Test
    void aSerialInLowercaseOrWithItsLeadingZerosIsTheCertificates() throws Exception {
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="IssuerId" value="11111111-2222-4333-8444-555555555555" />
                <add key="ClientSigningCertificateSerialNumber" value="006b1f3c0a2e9d4f5b" />
                """);

        assertEquals(List.of(), messages(check(verify(), "high-trust")));
    }

    @Test
    void aWebConfigNamingNoCertificateFails() throws Exception {
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="IssuerId" value="11111111-2222-4333-8444-555555555555" />
                """);

        assertEquals(List.of("ERROR " + WEB_CONFIG_FILE + ":3 appSettings: the web.config names no signing certificate. Expected"
                + " ClientSigningCertificateSerialNumber (the certificate in the web server's certificate store), or"
                + " ClientSigningCertificatePath with ClientSigningCertificatePassword. Fix: run addin:inject with"
                + " signingCertificate configured"), messages(check(verify(), "high-trust")));
    }

    @Test
    void aShippedPasswordWarnsAndFailsWhenItDoesNotOpenTheConfiguredPfx() throws Exception {
        highTrust = Optional.of(highTrust(certificate, Optional.of("C:\\Certs\\addin.pfx")));
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="IssuerId" value="11111111-2222-4333-8444-555555555555" />
                <add key="ClientSigningCertificatePath" value="C:\\Certs\\addin.pfx" />
                <add key="ClientSigningCertificatePassword" value="Wr0ng-Qx7zK9mTv2" />
                """);

        List<String> messages = messages(check(verify(), "high-trust"));

        assertEquals(List.of("ERROR " + WEB_CONFIG_FILE + ":7 appSettings \"ClientSigningCertificatePassword\": the password does"
                + " not open the configured .pfx. Expected the password of certs/addin.pfx. Fix: run addin:inject with the"
                + " certificate's password configured, or configure as signingCertificate the .pfx this password opens",
                "WARNING " + WEB_CONFIG_FILE + ":7 appSettings \"ClientSigningCertificatePassword\": " + PASSWORD_WARNING), messages);
        TestSecrets.assertNoPartOf("Wr0ng-Qx7zK9mTv2", String.join("\n", messages));
    }

    @Test
    void theRightPasswordShippedOnlyWarns() throws Exception {
        highTrust = Optional.of(highTrust(certificate, Optional.of("C:\\Certs\\addin.pfx")));
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="IssuerId" value="11111111-2222-4333-8444-555555555555" />
                <add key="ClientSigningCertificatePath" value="C:\\Certs\\addin.pfx" />
                <add key="ClientSigningCertificatePassword" value="%s" />
                """.formatted(CANARY_PASSWORD));

        CheckResult check = check(verify(), "high-trust");

        assertEquals(List.of("WARNING " + WEB_CONFIG_FILE + ":7 appSettings \"ClientSigningCertificatePassword\": " + PASSWORD_WARNING),
                messages(check));
        assertEquals(Outcome.WARNING, check.outcome());
    }

    @Test
    void aClientSecretInAHighTrustWebConfigWarnsWithoutShowingIt() throws Exception {
        writeWebConfig("""
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="ClientSecret" value="%s" />
                <add key="IssuerId" value="11111111-2222-4333-8444-555555555555" />
                <add key="ClientSigningCertificateSerialNumber" value="6B1F3C0A2E9D4F5B" />
                """.formatted(TestSecrets.CANARY));

        assertEquals(List.of("WARNING " + WEB_CONFIG_FILE + ":5 appSettings \"ClientSecret\": a ClientSecret ships in a high-trust"
                + " web.config, which does not use it. Found a hidden value (" + TestSecrets.sha256Prefix(TestSecrets.CANARY)
                + ", 44 characters); expected no ClientSecret: a high-trust add-in signs its tokens with its certificate. Fix:"
                + " remove the ClientSecret entry"), messages(check(verify(), "high-trust")));
    }

    @Test
    void withNothingConfiguredAWebConfigWithAnIssuerIdIsCheckedAsHighTrust() throws Exception {
        highTrust = Optional.empty();

        Verification verification = verify();

        assertEquals("high-trust passed (no issuerId configured: checked as the web.config says)",
                summary(verification).get(7));
        assertEquals("client-secret skipped (high-trust add-in: it signs its tokens with its certificate)",
                summary(verification).get(5));
    }

    @Test
    void aConfiguredClientSecretKeepsTheAddinLowTrustWhateverTheWebConfigSays() throws Exception {
        highTrust = Optional.empty();
        primary = Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(TestSecrets.CANARY), null, "test"));

        Verification verification = verify();

        assertEquals("no-high-trust-keys passed ()", summary(verification).get(7));
        assertEquals(Outcome.FAILED, check(verification, "client-secret").outcome());
    }

    @Test
    void failWithinDaysAppliesToTheCertificate() throws Exception {
        highTrust = Optional.of(highTrust(endingSoon, Optional.empty()));
        failWithinDays = 14;

        assertEquals(List.of("ERROR <failWithinDays> (-Daddin.failWithinDays): the signing certificate (serial " + SERIAL
                + ") ends within 14 days. Found NotAfter 2026-06-11T00:00:00Z (10 days left); expected more than 14 days left."
                + " Fix: renew the certificate now: register the new one with the farm's token issuer, configure it as"
                + " signingCertificate and redeploy the add-in"), messages(check(verify(), "configured-values")));
    }

    @Test
    void anOlderTokenHelperBesideTheWebConfigWarnsWhenASecondarySecretIsConfigured() throws Exception {
        highTrust = Optional.empty();
        primary = Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(TestSecrets.CANARY), null, "test"));
        secondary = Optional.of(new ConfiguredSecret(SecretRole.SECONDARY, ClientSecret.parse(TestSecrets.ROTATED), null, "test"));
        Path helper = base.resolve("src/main/webapp/TokenHelper.cs");
        Files.writeString(helper, "string s = WebConfigurationManager.AppSettings.Get(\"ClientSecret\");");

        assertEquals(List.of("WARNING src/main/webapp/TokenHelper.cs: this TokenHelper never reads SecondaryClientSecret, so the"
                + " add-in would not use the secondary client secret. Expected a TokenHelper.cs that reads SecondaryClientSecret"
                + " and tries it when ClientSecret is refused, as Visual Studio's current one does. Fix: update TokenHelper.cs as"
                + " Microsoft's article \"Replace an expiring client secret in a SharePoint Add-in\" shows, before the client"
                + " secret ends"), messages(check(verify(), "token-helper")));

        Files.writeString(helper, "a = Get(\"ClientSecret\"); b = Get(\"SecondaryClientSecret\");");
        assertEquals(Outcome.PASSED, check(verify(), "token-helper").outcome());
    }
}
