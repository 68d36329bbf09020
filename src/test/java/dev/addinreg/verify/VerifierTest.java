package dev.addinreg.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.FixedClock;
import dev.addinreg.addin.AddinFiles;
import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.AddinTitle;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.RedirectUri;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;

/**
 * Every check of {@link Verifier}, passing and failing, on files written as Visual Studio writes them
 * (UTF-8 with a byte-order mark, CRLF). Each failure is asserted as the exact line a user reads.
 */
class VerifierTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static final String CLIENT_ID = "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";
    private static final String OTHER_CLIENT_ID = "0f9e8d7c-6b5a-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String DOMAIN = "contoso-orders.azurewebsites.net";
    /** The canary: base64 of "CANARY-addinreg-canary-secret-01". No message may ever contain it. */
    private static final String CANARY = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";
    /** A second valid secret: base64 of "ROTATE-addinreg-second-secret-02". */
    private static final String ROTATED = "Uk9UQVRFLWFkZGlucmVnLXNlY29uZC1zZWNyZXQtMDI=";
    /** A secret that lost its last character when copied: not base64. */
    private static final String TRUNCATED = CANARY.substring(0, 43);
    private static final String CERTIFICATE_PASSWORD = "Zq7-pfx-k3y-4Tw9-hT2m";

    private static final String MANIFEST_FILE = "src/main/sharepoint/AppManifest.xml";
    private static final String WEB_CONFIG_FILE = "src/main/webapp/Web.config";
    private static final String ELEMENTS_FILE = "src/main/sharepoint/OrdersPart/Elements.xml";

    private static final String CLIENT_ID_EXPECTED = "a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";
    private static final String INJECT_FIX = "Fix: run addin:inject before addin:verify, and ship its output";

    /** The manifest of examples/contoso-orders after addin:inject: a client ID, https endpoints on the add-in domain. */
    private static final String MANIFEST = """
            <?xml version="1.0" encoding="utf-8" ?>
            <!--Created:cb85b80c-f585-40ff-8bfc-12ff4d0e34a9-->
            <App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest"
                 Name="ContosoOrders"
                 ProductID="{4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11}"
                 Version="1.0.0.0"
                 SharePointMinVersion="16.0.0.0"
            >
              <Properties>
                <Title>Contoso Orders</Title>
                <StartPage>https://contoso-orders.azurewebsites.net/Pages/Default.aspx?{StandardTokens}</StartPage>
                <InstalledEventEndpoint>https://contoso-orders.azurewebsites.net/Services/AppEventReceiver.svc</InstalledEventEndpoint>
              </Properties>

              <AppPrincipal>
                <RemoteWebApplication ClientId="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
              </AppPrincipal>
              <AppPermissionRequests>
                <AppPermissionRequest Scope="http://sharepoint/content/sitecollection/web/list" Right="Write" />
              </AppPermissionRequests>
            </App>
            """;

    /** The web.config of examples/contoso-orders after addin:inject with the canary as the secret. */
    private static final String WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <!--
              For more information on how to configure your ASP.NET application, please visit
              http://go.microsoft.com/fwlink/?LinkId=169433
              -->
            <configuration>
              <system.web>
                <compilation debug="true" targetFramework="4.5" />
                <httpRuntime targetFramework="4.5" />
              </system.web>
              <appSettings>
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="ClientSecret" value="Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=" />
              </appSettings>
            </configuration>
            """;

    private static final String CLIENT_SECRET_LINE =
            "    <add key=\"ClientSecret\" value=\"Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=\" />\n";

    /** The app part of examples/contoso-orders after addin:inject. */
    private static final String ELEMENTS = """
            <?xml version="1.0" encoding="utf-8"?>
            <Elements xmlns="http://schemas.microsoft.com/sharepoint/">
              <ClientWebPart Name="OrdersPart" Title="Open orders" Description="The open orders of this site" DefaultWidth="300" DefaultHeight="200">

                <!-- Content element identifies the location of the page that will render inside the client web part
                     Properties are referenced on the query string using the pattern _propertyName_
                     Example: Src="~appWebUrl/Pages/ClientWebPart1.aspx?Property1=_property1_" -->
                <Content Type="html" Src="https://contoso-orders.azurewebsites.net/Pages/OrdersPart.aspx?{StandardTokens}" />

                <!-- Define properties in the Properties element.
                     Remember to put Property Name on the Src attribute of the Content element above. -->
                <Properties>
                </Properties>

              </ClientWebPart>
            </Elements>
            """;

    @TempDir
    Path base;

    private Path webConfig;
    private Path manifest;
    private Path packageDirectory;
    private Path elements;

    // The configured registration; each test changes what it needs.
    private Optional<ClientId> clientId = Optional.of(ClientId.parse(CLIENT_ID));
    private Optional<AppDomain> appDomain = Optional.of(AppDomain.parse(DOMAIN));
    private Optional<AddinTitle> title = Optional.of(AddinTitle.parse("Contoso Orders"));
    private Optional<ConfiguredSecret> primary = Optional.of(secret(SecretRole.PRIMARY, CANARY, LocalDate.of(2027, 6, 30)));
    private Optional<ConfiguredSecret> secondary = Optional.empty();
    private List<Problem> registrationProblems = List.of();
    private Integer failWithinDays;

    @BeforeEach
    void consistentProject() throws IOException {
        webConfig = base.resolve("src/main/webapp/Web.config");
        manifest = base.resolve("src/main/sharepoint/AppManifest.xml");
        packageDirectory = base.resolve("src/main/sharepoint");
        elements = packageDirectory.resolve("OrdersPart/Elements.xml");
        write(webConfig, WEB_CONFIG);
        write(manifest, MANIFEST);
        write(elements, ELEMENTS);
    }

    private static ConfiguredSecret secret(SecretRole role, String value, LocalDate expires) {
        String origin = role == SecretRole.PRIMARY ? "environment variable ADDIN_CLIENT_SECRET"
                : "environment variable ADDIN_SECONDARY_CLIENT_SECRET";
        return new ConfiguredSecret(role, ClientSecret.parse(value), expires, origin);
    }

    /** Writes {@code text} as Visual Studio does: UTF-8 with a byte-order mark, CRLF line endings. */
    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
    }

    /** Verifies the project and checks that no secret used in these tests shows in any note or message. */
    private Verification verify() throws IOException {
        Registration registration = new Registration(clientId, appDomain,
                Optional.of(RedirectUri.parse("https://contoso-orders.azurewebsites.net/Pages/Default.aspx")), title, primary, secondary);
        AddinFiles files = new AddinFiles(base, webConfig, manifest, packageDirectory, null, base.resolve("target/addin"), true);
        Verification verification = Verifier.verify(new VerifyRequest(files, registration, registrationProblems, failWithinDays, 24,
                FixedClock.at(TODAY)));
        for (CheckResult check : verification.checks()) {
            List<String> shown = new ArrayList<>(messages(check));
            shown.add(check.note());
            for (String text : shown) {
                for (String secret : List.of(CANARY, ROTATED, TRUNCATED, CERTIFICATE_PASSWORD)) {
                    assertNoPartOf(secret, text);
                }
            }
        }
        return verification;
    }

    private static void assertNoPartOf(String secret, String shown) {
        for (int i = 0; i + 8 <= secret.length(); i++) {
            int at = i;
            assertFalse(shown.contains(secret.substring(i, i + 8)),
                    () -> "8 characters of a secret from index " + at + " are shown (in a text of " + shown.length() + " characters)");
        }
    }

    private static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("sha256:%02x%02x%02x%02x", digest[0], digest[1], digest[2], digest[3]);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static CheckResult check(Verification verification, String id) {
        return verification.checks().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + id + " in " + ids(verification)));
    }

    private static List<String> ids(Verification verification) {
        return verification.checks().stream().map(CheckResult::id).toList();
    }

    private static List<String> messages(CheckResult check) {
        return check.problems().stream().map(Problem::message).toList();
    }

    /** A check as "id outcome (note)", to compare every check of a verification at once. */
    private static List<String> summary(Verification verification) {
        return verification.checks().stream().map(c -> c.id() + " " + c.outcome().word() + " (" + c.note() + ")").toList();
    }

    private static void assertFailed(CheckResult check, String... messages) {
        assertEquals(List.of(messages), messages(check));
        assertEquals(Outcome.FAILED, check.outcome(), check.id());
    }

    private static void assertWarning(CheckResult check, String... messages) {
        assertEquals(List.of(messages), messages(check));
        assertEquals(Outcome.WARNING, check.outcome(), check.id());
    }

    private static void assertPassed(CheckResult check) {
        assertEquals(List.of(), messages(check));
        assertEquals(Outcome.PASSED, check.outcome(), check.id());
    }

    // --- all checks ---

    @Test
    void consistentFilesPassEveryCheck() throws Exception {
        // when
        Verification verification = verify();

        // then
        assertEquals(Hosting.PROVIDER_HOSTED, verification.hosting());
        assertEquals(List.of(MANIFEST_FILE, WEB_CONFIG_FILE), verification.files());
        assertEquals(List.of(
                "configured-values passed ()",
                "files-readable passed (" + MANIFEST_FILE + ", " + WEB_CONFIG_FILE + ")",
                "client-id-consistent passed ()",
                "no-remote-app-url passed (2 files scanned)",
                "endpoints-on-app-domain passed (" + DOMAIN + ")",
                "client-secret passed ()",
                "title passed ()",
                "no-high-trust-keys passed ()",
                "publish-transforms passed ()",
                "manifest-version passed (no addinVersion configured: the schema's pattern only)"), summary(verification));
        assertEquals(List.of(), verification.findings().all());
        assertEquals(10, verification.count(Outcome.PASSED));
    }

    @Test
    void findingsListEveryProblemOfEveryCheckInOrder() throws Exception {
        // given: a wrong client ID in web.config and a token left in the package
        write(webConfig, WEB_CONFIG.replace("value=\"" + CLIENT_ID + "\"", "value=\"" + OTHER_CLIENT_ID + "\""));
        write(elements, ELEMENTS.replace("https://contoso-orders.azurewebsites.net/Pages", "~remoteAppUrl/Pages"));

        // when
        Verification verification = verify();

        // then
        assertEquals(List.of(
                WEB_CONFIG_FILE + ":12 appSettings \"ClientId\": the client ID differs from the configured one.",
                ELEMENTS_FILE + ":8 Content/@Src: ~remoteAppUrl is left in a file that ships."),
                verification.findings().all().stream().map(p -> p.where() + ": " + p.what() + ".").toList());
        assertEquals(2, verification.count(Outcome.FAILED));
        assertEquals(8, verification.count(Outcome.PASSED));
    }

    // --- configured-values ---

    @Test
    void problemsOfTheConfiguredValuesAreTheFirstCheck() throws Exception {
        // given
        Problem expired = Problem.error("<clientSecretExpires> (-Daddin.clientSecretExpires)",
                "the client secret (sha256:143c5ada) has expired", "end date 2026-05-01 (31 days ago)",
                "an end date after today, 2026-06-01", "generate a new secret");
        registrationProblems = List.of(expired);

        // when
        Verification verification = verify();

        // then
        assertEquals("configured-values", verification.checks().get(0).id());
        assertFailed(check(verification, "configured-values"), expired.message());
    }

    @Test
    void warningsOfTheConfiguredValuesMakeTheCheckAWarning() throws Exception {
        // given
        Problem noEndDate = Problem.warning("<clientSecretExpires> (-Daddin.clientSecretExpires)",
                "no end date is recorded for the client secret", null, "the date the secret ends", "record it");
        registrationProblems = List.of(noEndDate);

        // when
        Verification verification = verify();

        // then
        assertWarning(check(verification, "configured-values"), noEndDate.message());
    }

    @Test
    void secretEndingWithinFailWithinDaysFails() throws Exception {
        // given: 44 days left
        primary = Optional.of(secret(SecretRole.PRIMARY, CANARY, LocalDate.of(2026, 7, 15)));
        failWithinDays = 60;

        // when
        Verification verification = verify();

        // then
        assertFailed(check(verification, "configured-values"),
                "<failWithinDays> (-Daddin.failWithinDays): the client secret (sha256:143c5ada) ends within 60 days."
                        + " Found end date 2026-07-15 (44 days left); expected more than 60 days left."
                        + " Fix: rotate the secret now: make the new one the client secret and keep this one as the secondary"
                        + " client secret until it ends");
    }

    @Test
    void failWithinDaysChecksTheSecondarySecretTooAndSaysOneDay() throws Exception {
        // given
        secondary = Optional.of(secret(SecretRole.SECONDARY, ROTATED, LocalDate.of(2026, 6, 2)));
        failWithinDays = 7;

        // when
        Verification verification = verify();

        // then
        assertFailed(check(verification, "configured-values"),
                "<failWithinDays> (-Daddin.failWithinDays): the secondary client secret (" + fingerprint(ROTATED) + ") ends within"
                        + " 7 days. Found end date 2026-06-02 (1 day left); expected more than 7 days left."
                        + " Fix: rotate the secret now: make the new one the client secret and keep this one as the secondary"
                        + " client secret until it ends");
    }

    @Test
    void secretEndingJustAfterFailWithinDaysPasses() throws Exception {
        // given: 44 days left, limit 43
        primary = Optional.of(secret(SecretRole.PRIMARY, CANARY, LocalDate.of(2026, 7, 15)));
        failWithinDays = 43;

        // when / then
        assertPassed(check(verify(), "configured-values"));
    }

    @Test
    void secretEndingOnTheLastDayOfFailWithinDaysFails() throws Exception {
        // given: 44 days left, limit 44
        primary = Optional.of(secret(SecretRole.PRIMARY, CANARY, LocalDate.of(2026, 7, 15)));
        failWithinDays = 44;

        // when / then
        assertEquals(Outcome.FAILED, check(verify(), "configured-values").outcome());
    }

    @Test
    void expiredOrUndatedSecretIsNotReportedAgainByFailWithinDays() throws Exception {
        // given: expiry itself is the registration check's problem, already in registrationProblems
        primary = Optional.of(secret(SecretRole.PRIMARY, CANARY, LocalDate.of(2026, 5, 1)));
        secondary = Optional.of(secret(SecretRole.SECONDARY, ROTATED, null));
        failWithinDays = 60;

        // when / then
        assertPassed(check(verify(), "configured-values"));
    }

    // --- files-readable ---

    @Test
    void missingManifestFailsAndNothingElseIsChecked() throws Exception {
        // given
        Files.delete(manifest);

        // when
        Verification verification = verify();

        // then
        assertEquals(Hosting.UNKNOWN, verification.hosting());
        assertEquals(List.of("configured-values", "files-readable"), ids(verification));
        assertFailed(check(verification, "files-readable"), MANIFEST_FILE + ": the file does not exist."
                + " Expected the add-in file that will ship. Fix: run addin:inject first, or point the parameter at the file");
    }

    @Test
    void manifestThatIsAFolderFails() throws Exception {
        // given
        Files.delete(manifest);
        Files.createDirectories(manifest);

        // when / then
        assertFailed(check(verify(), "files-readable"), MANIFEST_FILE + ": this is not a regular file."
                + " Expected the add-in file that will ship. Fix: run addin:inject first, or point the parameter at the file");
    }

    @Test
    void malformedManifestFailsWithLineAndColumn() throws Exception {
        // given: an end tag missing on line 10, which the parser notices at </Properties>
        write(manifest, MANIFEST.replace("<Title>Contoso Orders</Title>", "<Title>Contoso Orders"));

        // when
        Verification verification = verify();

        // then
        assertEquals(Hosting.UNKNOWN, verification.hosting());
        assertFailed(check(verification, "files-readable"), MANIFEST_FILE + ":13:5: the file is not well-formed XML:"
                + " The element type \"Title\" must be terminated by the matching end-tag \"</Title>\"."
                + " Expected well-formed XML."
                + " Fix: correct the markup at that position (a missing end tag, quote or '>' is the usual cause)");
    }

    @Test
    void manifestWithDoctypeIsRefused() throws Exception {
        // given
        write(manifest, MANIFEST.replace("<!--Created:", "<!DOCTYPE App [<!ENTITY x \"y\">]>\n<!--Created:"));

        // when / then
        assertFailed(check(verify(), "files-readable"), MANIFEST_FILE + ":2:10: the file has a DOCTYPE declaration, which is"
                + " refused: it can expand entities or read other files. Expected well-formed XML."
                + " Fix: remove the <!DOCTYPE ...> declaration; add-in files never need one");
    }

    @Test
    void manifestOfAnotherKindFailsAsUnreadable() throws Exception {
        // given
        write(manifest, ELEMENTS);

        // when
        Verification verification = verify();

        // then
        assertEquals(List.of("configured-values", "files-readable"), ids(verification));
        assertFailed(check(verification, "files-readable"), MANIFEST_FILE + ":2: the root element is not an add-in manifest's."
                + " Found <Elements> in namespace \"http://schemas.microsoft.com/sharepoint/\";"
                + " expected <App xmlns=\"http://schemas.microsoft.com/sharepoint/2012/app/manifest\">."
                + " Fix: point appManifest at the add-in's AppManifest.xml");
    }

    @Test
    void missingWebConfigFailsAndTheSecretChecksAreSkipped() throws Exception {
        // given
        Files.delete(webConfig);

        // when
        Verification verification = verify();

        // then
        assertFailed(check(verification, "files-readable"), WEB_CONFIG_FILE + ": there is no web.config."
                + " Expected the provider-hosted add-in's Web.config. Fix: set webConfig, or run addin:inject first; if the web"
                + " application keeps its settings elsewhere (ASP.NET Core's appsettings.json), set skipWebConfig");
        assertPassed(check(verification, "client-id-consistent"));
        assertEquals("client-secret skipped (no web.config was read)", summary(verification).get(5));
        assertEquals("no-high-trust-keys skipped (no web.config was read)", summary(verification).get(7));
    }

    @Test
    void withoutWebConfigOnlyTheManifestAndPackageAreVerified() throws Exception {
        // given: skipWebConfig (the web application keeps its settings elsewhere)
        Files.delete(webConfig);
        webConfig = null;

        // when
        Verification verification = verify();

        // then
        assertEquals(List.of(MANIFEST_FILE), verification.files());
        assertEquals(List.of(
                "configured-values passed ()",
                "files-readable passed (" + MANIFEST_FILE + ")",
                "client-id-consistent passed ()",
                "no-remote-app-url passed (2 files scanned)",
                "endpoints-on-app-domain passed (" + DOMAIN + ")",
                "client-secret skipped (no web.config was read)",
                "title passed ()",
                "no-high-trust-keys skipped (no web.config was read)",
                "manifest-version passed (no addinVersion configured: the schema's pattern only)"), summary(verification));
    }

    @Test
    void webConfigIsFoundIgnoringTheCaseOfItsName() throws Exception {
        // given
        Files.move(webConfig, webConfig.resolveSibling("web.config"));

        // when
        Verification verification = verify();

        // then
        assertEquals(List.of(MANIFEST_FILE, "src/main/webapp/web.config"), verification.files());
        assertEquals(List.of(), verification.findings().all());
    }

    @Test
    void webConfigWithoutAppSettingsFailsOnItsConfigurationLine() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replaceAll("(?s)  <appSettings>.*</appSettings>\n", ""));

        // when / then
        assertFailed(check(verify(), "files-readable"), WEB_CONFIG_FILE + ":6: the web.config has no appSettings."
                + " Expected appSettings with ClientId and ClientSecret. " + INJECT_FIX);
    }

    @Test
    void appSettingsInTheFileConfigSourceNamesAreVerified() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replaceAll("(?s)  <appSettings>.*</appSettings>\n",
                "  <appSettings configSource=\"AppSettings.config\" />\n"));
        write(webConfig.resolveSibling("AppSettings.config"), """
                <?xml version="1.0" encoding="utf-8"?>
                <appSettings>
                  <add key="ClientId" value="0f9e8d7c-6b5a-4a3b-8c2d-1e0f9a8b7c6d" />
                  <add key="ClientSecret" value="Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=" />
                </appSettings>
                """);

        // when
        Verification verification = verify();

        // then
        assertEquals(List.of(MANIFEST_FILE, WEB_CONFIG_FILE, "src/main/webapp/AppSettings.config"), verification.files());
        assertPassed(check(verification, "files-readable"));
        assertPassed(check(verification, "client-secret"));
        assertFailed(check(verification, "client-id-consistent"), "src/main/webapp/AppSettings.config:3 appSettings \"ClientId\":"
                + " the client ID differs from the configured one. Found \"" + OTHER_CLIENT_ID + "\"; expected \"" + CLIENT_ID
                + "\", the configured clientId. Fix: run addin:inject with this registration, or correct clientId");
    }

    @Test
    void aValueTheFileAttributesFileSetsIsWhatCountsAndTheMessageNamesBothPlaces() throws Exception {
        // given: web.config holds the registration, but the file its appSettings name overrides ClientId
        write(webConfig, WEB_CONFIG.replace("<appSettings>", "<appSettings file=\"appSettings.config\">"));
        write(webConfig.resolveSibling("appSettings.config"), "<appSettings>\n  <add key=\"AutoApproveSites\" value=\"true\" />\n"
                + "  <add key=\"ClientId\" value=\"" + OTHER_CLIENT_ID + "\" />\n</appSettings>\n");

        // when
        Verification verification = verify();

        // then
        assertFailed(check(verification, "client-id-consistent"), "src/main/webapp/appSettings.config:3 appSettings \"ClientId\""
                + " (overriding " + WEB_CONFIG_FILE + ":12): the client ID differs from the configured one. Found \"" + OTHER_CLIENT_ID
                + "\"; expected \"" + CLIENT_ID + "\", the configured clientId. Fix: run addin:inject with this registration, or"
                + " correct clientId");
        assertEquals(List.of(MANIFEST_FILE, WEB_CONFIG_FILE, "src/main/webapp/appSettings.config"), verification.files());
    }

    @Test
    void anEntryALaterClearDeletesIsMissingForDotNet() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace(CLIENT_SECRET_LINE, CLIENT_SECRET_LINE + "    <clear />\n"
                + "    <add key=\"ClientId\" value=\"" + CLIENT_ID + "\" />\n"));

        // when
        Verification verification = verify();

        // then
        assertFailed(check(verification, "client-secret"), WEB_CONFIG_FILE + ":13 appSettings \"ClientSecret\": the entry is deleted"
                + " by <clear/> at " + WEB_CONFIG_FILE + ":14, so .NET reads no ClientSecret. Expected <add key=\"ClientSecret\""
                + " value=\"...\" /> that nothing after it deletes. Fix: remove the <clear/>, or run addin:inject, which sets"
                + " ClientSecret where .NET reads it");
        assertPassed(check(verification, "client-id-consistent"));
    }

    @Test
    void registrationKeysInALocationWarn() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace("  <appSettings>", "  <location path=\"admin\">\n    <appSettings>\n"
                + "      <add key=\"ClientSecret\" value=\"" + ROTATED + "\" />\n    </appSettings>\n  </location>\n  <appSettings>"));

        // when
        Verification verification = verify();

        // then
        assertWarning(check(verification, "files-readable"), WEB_CONFIG_FILE + ":13 <location path=\"admin\"> appSettings"
                + " \"ClientSecret\": ClientSecret here applies to the path admin, not to the application, whose appSettings"
                + " TokenHelper reads. Expected ClientSecret in configuration/appSettings. Fix: move the entry to"
                + " configuration/appSettings, where addin:inject sets it, or remove it");
        assertPassed(check(verification, "client-secret"));
    }

    @Test
    void aPublishTransformOfARegistrationKeyWarns() throws Exception {
        // given: Web.Release.config replaces the secret when the web project is published
        write(webConfig.resolveSibling("Web.Release.config"), """
                <?xml version="1.0" encoding="utf-8"?>
                <configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
                  <appSettings>
                    <add key="Environment" value="Release" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
                    <add key="ClientSecret" value="" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
                  </appSettings>
                  <system.web>
                    <compilation xdt:Transform="RemoveAttributes(debug)" />
                  </system.web>
                </configuration>
                """);

        // when
        Verification verification = verify();

        // then
        assertWarning(check(verification, "publish-transforms"), "src/main/webapp/Web.Release.config:5 appSettings \"ClientSecret\":"
                + " a publish transform changes ClientSecret when the web project is published, after addin:inject set it. Found"
                + " xdt:Transform=\"SetAttributes\"; expected no transform of the registration's keys. Fix: remove the transform"
                + " of ClientSecret from Web.Release.config, or run addin:inject on the published web.config");
    }

    @Test
    void configSourceOutsideTheWebApplicationFailsOnItsLine() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replaceAll("(?s)  <appSettings>.*</appSettings>\n",
                "  <appSettings configSource=\"../AppSettings.config\" />\n"));

        // when
        Verification verification = verify();

        // then
        assertFailed(check(verification, "files-readable"), WEB_CONFIG_FILE + ":11: appSettings configSource points outside the"
                + " web application's folder. Found configSource=\"../AppSettings.config\"; expected a file in or below src/main/webapp."
                + " Fix: keep the appSettings file beside Web.config, as .NET requires");
        assertEquals(Outcome.SKIPPED, check(verification, "client-secret").outcome());
    }

    @Test
    void configSourceNamingAMissingFileFails() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replaceAll("(?s)  <appSettings>.*</appSettings>\n",
                "  <appSettings configSource=\"AppSettings.config\" />\n"));

        // when / then
        assertFailed(check(verify(), "files-readable"), "src/main/webapp/AppSettings.config: the file does not exist."
                + " Expected the add-in file that will ship. Fix: run addin:inject first, or point the parameter at the file");
    }

    @Test
    void configSourceNamingAFileWhoseRootIsNotAppSettingsFails() throws Exception {
        // given: .NET requires the file to hold the section itself; no check may be skipped silently
        write(webConfig, WEB_CONFIG.replaceAll("(?s)  <appSettings>.*</appSettings>\n",
                "  <appSettings configSource=\"AppSettings.config\" />\n"));
        write(webConfig.resolveSibling("AppSettings.config"), """
                <?xml version="1.0" encoding="utf-8"?>
                <settings>
                  <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                </settings>
                """);

        // when
        Verification verification = verify();

        // then
        assertFailed(check(verification, "files-readable"), "src/main/webapp/AppSettings.config:2: the root element is <settings>."
                + " Found <settings>; expected <appSettings>, as in a file named by appSettings configSource."
                + " Fix: make the file hold the appSettings section itself");
    }

    // --- client-id-consistent ---

    @Test
    void placeholderClientIdInTheManifestFails() throws Exception {
        // given
        write(manifest, MANIFEST.replace("ClientId=\"" + CLIENT_ID + "\"", "ClientId=\"*\""));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), MANIFEST_FILE + ":16 RemoteWebApplication/@ClientId:"
                + " the client ID is the placeholder *. Found \"*\"; expected " + CLIENT_ID_EXPECTED + "."
                + " Fix: set the client ID AppRegNew.aspx gave for this add-in; * must never ship");
    }

    @Test
    void placeholderWithNoClientIdConfiguredIsReportedOnceNotAlsoAsAMismatch() throws Exception {
        // given: web.config holds a good client ID; "*" must not be offered as the value web.config should have
        clientId = Optional.empty();
        write(manifest, MANIFEST.replace("ClientId=\"" + CLIENT_ID + "\"", "ClientId=\"*\""));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), MANIFEST_FILE + ":16 RemoteWebApplication/@ClientId:"
                + " the client ID is the placeholder *. Found \"*\"; expected " + CLIENT_ID_EXPECTED + "."
                + " Fix: set the client ID AppRegNew.aspx gave for this add-in; * must never ship");
    }

    @Test
    void emptyClientIdInTheManifestFails() throws Exception {
        // given
        write(manifest, MANIFEST.replace("ClientId=\"" + CLIENT_ID + "\"", "ClientId=\"\""));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), MANIFEST_FILE + ":16 RemoteWebApplication/@ClientId:"
                + " the client ID is empty. Found \"\"; expected " + CLIENT_ID_EXPECTED + "."
                + " Fix: set the client ID AppRegNew.aspx gave for this add-in");
    }

    @Test
    void manifestWithoutClientIdFails() throws Exception {
        // given
        write(manifest, MANIFEST.replace(" ClientId=\"" + CLIENT_ID + "\"", ""));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), MANIFEST_FILE + ":16 RemoteWebApplication:"
                + " the manifest has no ClientId. Expected ClientId=\"<client ID>\"."
                + " Fix: run addin:inject, or add the client ID to RemoteWebApplication");
    }

    @Test
    void uppercaseClientIdInWebConfigFailsAndSaysTheLowercaseOne() throws Exception {
        // given: no client ID configured, so only the two files are compared
        clientId = Optional.empty();
        write(webConfig, WEB_CONFIG.replace("value=\"" + CLIENT_ID + "\"", "value=\"6A3601B7-8E4A-49CC-AB6D-DF5489C1B0BA\""));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), WEB_CONFIG_FILE + ":12 appSettings \"ClientId\":"
                + " the client ID has uppercase letters. Found \"6A3601B7-8E4A-49CC-AB6D-DF5489C1B0BA\"; expected "
                + CLIENT_ID_EXPECTED + " (SharePoint answers 401 Unauthorized to an uppercase client ID)."
                + " Fix: use \"" + CLIENT_ID + "\"");
    }

    @Test
    void bracedClientIdInWebConfigFails() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace("value=\"" + CLIENT_ID + "\"", "value=\"{" + CLIENT_ID + "}\""));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), WEB_CONFIG_FILE + ":12 appSettings \"ClientId\":"
                + " the client ID has braces. Found \"{" + CLIENT_ID + "}\"; expected " + CLIENT_ID_EXPECTED + ", without braces."
                + " Fix: use \"" + CLIENT_ID + "\"");
    }

    @Test
    void clientIdThatIsNotAGuidFails() throws Exception {
        // given: a GUID cut short
        write(webConfig, WEB_CONFIG.replace("value=\"" + CLIENT_ID + "\"", "value=\"6a3601b7-8e4a-49cc-ab6d\""));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), WEB_CONFIG_FILE + ":12 appSettings \"ClientId\":"
                + " the client ID is not a GUID. Found \"6a3601b7-8e4a-49cc-ab6d\"; expected " + CLIENT_ID_EXPECTED + "."
                + " Fix: copy the client ID from AppRegNew.aspx or the Seller Dashboard; it has 32 hex digits in groups of 8-4-4-4-12");
    }

    @Test
    void clientIdThatIsNotGuidShapedIsNeverShownInCaseItIsASecret() throws Exception {
        // given: ClientId and ClientSecret swapped
        String secret = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";
        write(webConfig, WEB_CONFIG.replace("value=\"" + CLIENT_ID + "\"", "value=\"" + secret + "\""));

        // when
        CheckResult check = check(verify(), "client-id-consistent");

        // then
        assertFailed(check, WEB_CONFIG_FILE + ":12 appSettings \"ClientId\": the client ID is not a GUID."
                + " Found a hidden value (sha256:143c5ada, 44 characters); expected a lowercase GUID such as"
                + " 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba. Fix: put the client ID here (a value that is not GUID-shaped is hidden,"
                + " in case it is a secret under the wrong key)");
        check.problems().forEach(problem -> assertNoPartOf(secret, problem.message()));
    }

    @Test
    void emptyClientIdInWebConfigFails() throws Exception {
        // given: as Visual Studio leaves it before publishing
        write(webConfig, WEB_CONFIG.replace("value=\"" + CLIENT_ID + "\"", "value=\"\""));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), WEB_CONFIG_FILE + ":12 appSettings \"ClientId\": the value is empty."
                + " Expected <add key=\"ClientId\" value=\"...\" />. " + INJECT_FIX);
    }

    @Test
    void missingClientIdKeyFailsOnTheAppSettingsLine() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace("    <add key=\"ClientId\" value=\"" + CLIENT_ID + "\" />\n", ""));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), WEB_CONFIG_FILE + ":11 appSettings \"ClientId\": the key is missing."
                + " Expected <add key=\"ClientId\" value=\"...\" />. " + INJECT_FIX);
    }

    @Test
    void clientIdKeySetTwiceFailsNamingBothLines() throws Exception {
        // given: keys match ignoring case, as in .NET
        write(webConfig, WEB_CONFIG.replace(CLIENT_SECRET_LINE, CLIENT_SECRET_LINE + "    <add key=\"clientid\" value=\"" + CLIENT_ID + "\" />\n"));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), WEB_CONFIG_FILE + ":12 and 14 appSettings \"ClientId\":"
                + " the key is set 2 times. Expected one <add key=\"ClientId\"> entry."
                + " Fix: remove all but one; .NET would use the last one silently");
    }

    @Test
    void clientIdsThatDifferBetweenTheFilesFailWhenNoneIsConfigured() throws Exception {
        // given
        clientId = Optional.empty();
        write(webConfig, WEB_CONFIG.replace("value=\"" + CLIENT_ID + "\"", "value=\"" + OTHER_CLIENT_ID + "\""));

        // when / then
        assertFailed(check(verify(), "client-id-consistent"), WEB_CONFIG_FILE + ":12 appSettings \"ClientId\":"
                + " the client ID differs from the manifest's. Found \"" + OTHER_CLIENT_ID + "\"; expected \"" + CLIENT_ID
                + "\" as in " + MANIFEST_FILE + ":16 RemoteWebApplication/@ClientId."
                + " Fix: give both files the same client ID (run addin:inject)");
    }

    @Test
    void clientIdsThatDifferFromTheConfiguredOneFailInEachFile() throws Exception {
        // given: both files agree, on another registration's client ID
        clientId = Optional.of(ClientId.parse(OTHER_CLIENT_ID));

        // when / then
        String fix = " Fix: run addin:inject with this registration, or correct clientId";
        assertFailed(check(verify(), "client-id-consistent"),
                MANIFEST_FILE + ":16 RemoteWebApplication/@ClientId: the client ID differs from the configured one."
                        + " Found \"" + CLIENT_ID + "\"; expected \"" + OTHER_CLIENT_ID + "\", the configured clientId." + fix,
                WEB_CONFIG_FILE + ":12 appSettings \"ClientId\": the client ID differs from the configured one."
                        + " Found \"" + CLIENT_ID + "\"; expected \"" + OTHER_CLIENT_ID + "\", the configured clientId." + fix);
    }

    @Test
    void sameClientIdInBothFilesPassesWhenNoneIsConfigured() throws Exception {
        // given
        clientId = Optional.empty();

        // when / then
        assertPassed(check(verify(), "client-id-consistent"));
    }

    // --- no-remote-app-url ---

    @Test
    void remoteAppUrlLeftInAPackageFileFails() throws Exception {
        // given
        write(elements, ELEMENTS.replace("https://contoso-orders.azurewebsites.net/Pages", "~remoteAppUrl/Pages"));

        // when
        Verification verification = verify();

        // then
        assertEquals(List.of(MANIFEST_FILE, WEB_CONFIG_FILE, ELEMENTS_FILE), verification.files());
        assertFailed(check(verification, "no-remote-app-url"), ELEMENTS_FILE + ":8 Content/@Src:"
                + " ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected https://" + DOMAIN + ". " + INJECT_FIX);
        assertEquals("2 files scanned", check(verification, "no-remote-app-url").note());
    }

    @Test
    void remoteAppUrlLeftInTheManifestFailsOnceForEachToken() throws Exception {
        // given: the endpoint check leaves tokens to this check
        write(manifest, MANIFEST.replace("https://contoso-orders.azurewebsites.net/", "~remoteAppUrl/"));

        // when
        Verification verification = verify();

        // then
        assertFailed(check(verification, "no-remote-app-url"),
                MANIFEST_FILE + ":11 StartPage: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected https://"
                        + DOMAIN + ". " + INJECT_FIX,
                MANIFEST_FILE + ":12 InstalledEventEndpoint: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl;"
                        + " expected https://" + DOMAIN + ". " + INJECT_FIX);
        assertPassed(check(verification, "endpoints-on-app-domain"));
    }

    @Test
    void remoteAppUrlWithNoAppDomainConfiguredSaysWhatItStandsFor() throws Exception {
        // given
        appDomain = Optional.empty();
        write(elements, ELEMENTS.replace("https://contoso-orders.azurewebsites.net/Pages", "~remoteAppUrl/Pages"));

        // when / then
        assertFailed(check(verify(), "no-remote-app-url"), ELEMENTS_FILE + ":8 Content/@Src:"
                + " ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected https://<add-in domain>. " + INJECT_FIX);
    }

    @Test
    void remoteAppUrlInACommentIsNotShipped() throws Exception {
        // given
        write(elements, ELEMENTS.replace("Example: Src=\"~appWebUrl", "Example: Src=\"~remoteAppUrl"));

        // when
        Verification verification = verify();

        // then
        assertPassed(check(verification, "no-remote-app-url"));
        assertEquals(List.of(MANIFEST_FILE, WEB_CONFIG_FILE, ELEMENTS_FILE), verification.files());
    }

    @Test
    void withoutPackageFolderOnlyTheManifestIsScanned() throws Exception {
        // given
        packageDirectory = base.resolve("src/main/no-package");

        // when / then
        assertEquals("no-remote-app-url passed (1 file scanned)", summary(verify()).get(3));
    }

    @Test
    void malformedPackageFileHoldingTheTokenFailsAsUnreadable() throws Exception {
        // given
        write(elements, ELEMENTS.replace("https://contoso-orders.azurewebsites.net/Pages", "~remoteAppUrl/Pages")
                .replace("  </ClientWebPart>\n", ""));

        // when / then
        assertFailed(check(verify(), "files-readable"), ELEMENTS_FILE + ":15:3: the file is not well-formed XML:"
                + " The element type \"ClientWebPart\" must be terminated by the matching end-tag \"</ClientWebPart>\"."
                + " Expected well-formed XML."
                + " Fix: correct the markup at that position (a missing end tag, quote or '>' is the usual cause)");
    }

    // --- endpoints-on-app-domain ---

    @Test
    void httpStartPageFails() throws Exception {
        // given
        write(manifest, MANIFEST.replace("<StartPage>https://", "<StartPage>http://"));

        // when / then
        assertFailed(check(verify(), "endpoints-on-app-domain"), MANIFEST_FILE + ":11 Properties/StartPage: the address is not https."
                + " Found \"http://" + DOMAIN + "/Pages/Default.aspx?{StandardTokens}\"; expected an https address on " + DOMAIN
                + " (https://" + DOMAIN + "/...). Fix: serve the remote web application over https and use ~remoteAppUrl,"
                + " which addin:inject makes https");
    }

    @Test
    void endpointOnAnotherHostFails() throws Exception {
        // given
        write(manifest, MANIFEST.replace("https://contoso-orders.azurewebsites.net/Services",
                "https://contoso-orders-staging.azurewebsites.net/Services"));

        // when / then
        assertFailed(check(verify(), "endpoints-on-app-domain"), MANIFEST_FILE + ":12 Properties/InstalledEventEndpoint:"
                + " the address is not on the add-in domain."
                + " Found \"https://contoso-orders-staging.azurewebsites.net/Services/AppEventReceiver.svc\"; expected an https"
                + " address on " + DOMAIN + " (https://" + DOMAIN + "/...)."
                + " Fix: use ~remoteAppUrl in the source and run addin:inject, or correct appDomain");
    }

    @Test
    void endpointOnAnotherPortFails() throws Exception {
        // given
        write(manifest, MANIFEST.replace("https://contoso-orders.azurewebsites.net/Pages",
                "https://contoso-orders.azurewebsites.net:8443/Pages"));

        // when / then
        assertFailed(check(verify(), "endpoints-on-app-domain"), MANIFEST_FILE + ":11 Properties/StartPage:"
                + " the address is not on the add-in domain."
                + " Found \"https://contoso-orders.azurewebsites.net:8443/Pages/Default.aspx?{StandardTokens}\"; expected an https"
                + " address on " + DOMAIN + " (https://" + DOMAIN + "/...)."
                + " Fix: use ~remoteAppUrl in the source and run addin:inject, or correct appDomain");
    }

    @Test
    void uninstallingAndUpgradedEndpointsAreCheckedToo() throws Exception {
        // given
        write(manifest, MANIFEST.replace("  </Properties>\n", """
                    <UninstallingEventEndpoint>http://contoso-orders.azurewebsites.net/Services/AppEventReceiver.svc</UninstallingEventEndpoint>
                    <UpgradedEventEndpoint>https://orders.contoso.com/Services/AppEventReceiver.svc</UpgradedEventEndpoint>
                  </Properties>
                """));

        // when / then
        assertFailed(check(verify(), "endpoints-on-app-domain"),
                MANIFEST_FILE + ":13 Properties/UninstallingEventEndpoint: the address is not https."
                        + " Found \"http://" + DOMAIN + "/Services/AppEventReceiver.svc\"; expected an https address on " + DOMAIN
                        + " (https://" + DOMAIN + "/...). Fix: serve the remote web application over https and use ~remoteAppUrl,"
                        + " which addin:inject makes https",
                MANIFEST_FILE + ":14 Properties/UpgradedEventEndpoint: the address is not on the add-in domain."
                        + " Found \"https://orders.contoso.com/Services/AppEventReceiver.svc\"; expected an https address on " + DOMAIN
                        + " (https://" + DOMAIN + "/...). Fix: use ~remoteAppUrl in the source and run addin:inject, or correct appDomain");
    }

    @Test
    void endpointsMatchingTheDomainIgnoringCaseAndWithPort443Pass() throws Exception {
        // given
        write(manifest, MANIFEST.replace("https://contoso-orders.azurewebsites.net/Pages", "HTTPS://Contoso-Orders.AzureWebsites.net:443/Pages"));

        // when / then
        assertPassed(check(verify(), "endpoints-on-app-domain"));
    }

    @Test
    void endpointsOnADomainWithAPortPass() throws Exception {
        // given
        appDomain = Optional.of(AppDomain.parse("orders.contoso.com:8443"));
        write(manifest, MANIFEST.replace("https://contoso-orders.azurewebsites.net/", "https://orders.contoso.com:8443/"));

        // when
        Verification verification = verify();

        // then
        assertPassed(check(verification, "endpoints-on-app-domain"));
        assertEquals("orders.contoso.com:8443", check(verification, "endpoints-on-app-domain").note());
    }

    @Test
    void sharePointTokensInEndpointsAreLeftAlone() throws Exception {
        // given
        write(manifest, MANIFEST
                .replace("https://contoso-orders.azurewebsites.net/Pages", "~appWebUrl/Pages")
                .replace("https://contoso-orders.azurewebsites.net/Services", "{HostUrl}/Services"));

        // when / then
        assertPassed(check(verify(), "endpoints-on-app-domain"));
    }

    @Test
    void withNoAppDomainConfiguredOnlyTheSchemeIsChecked() throws Exception {
        // given
        appDomain = Optional.empty();
        write(manifest, MANIFEST.replace("<StartPage>https://contoso-orders.azurewebsites.net", "<StartPage>http://contoso-orders.azurewebsites.net")
                .replace("https://contoso-orders.azurewebsites.net/Services", "https://anywhere.contoso.com/Services"));

        // when
        CheckResult check = check(verify(), "endpoints-on-app-domain");

        // then
        assertEquals("no appDomain configured: scheme only", check.note());
        assertFailed(check, MANIFEST_FILE + ":11 Properties/StartPage: the address is not https."
                + " Found \"http://contoso-orders.azurewebsites.net/Pages/Default.aspx?{StandardTokens}\"; expected an https address."
                + " Fix: serve the remote web application over https and use ~remoteAppUrl, which addin:inject makes https");
    }

    // --- client-secret ---

    @Test
    void missingClientSecretFails() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace(CLIENT_SECRET_LINE, ""));

        // when / then
        assertFailed(check(verify(), "client-secret"), WEB_CONFIG_FILE + ":11 appSettings \"ClientSecret\": the key is missing."
                + " Expected <add key=\"ClientSecret\" value=\"...\" />. " + INJECT_FIX);
    }

    @Test
    void emptyClientSecretFails() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace("value=\"" + CANARY + "\"", "value=\"\""));

        // when / then
        assertFailed(check(verify(), "client-secret"), WEB_CONFIG_FILE + ":13 appSettings \"ClientSecret\": the value is empty."
                + " Expected <add key=\"ClientSecret\" value=\"...\" />. " + INJECT_FIX);
    }

    @Test
    void clientSecretWithoutValueAttributeFails() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace(" value=\"" + CANARY + "\"", ""));

        // when / then
        assertFailed(check(verify(), "client-secret"), WEB_CONFIG_FILE + ":13 appSettings \"ClientSecret\": the value is empty."
                + " Expected <add key=\"ClientSecret\" value=\"...\" />. " + INJECT_FIX);
    }

    @Test
    void clientSecretThatIsNotBase64FailsWithoutShowingIt() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace("value=\"" + CANARY + "\"", "value=\"" + TRUNCATED + "\""));

        // when / then (verify() also checks that no part of the value is shown)
        assertFailed(check(verify(), "client-secret"), WEB_CONFIG_FILE + ":13 appSettings \"ClientSecret\":"
                + " the client secret is not base64 (its length, 43, is not a multiple of 4)."
                + " Found a hidden value (" + fingerprint(TRUNCATED) + ", 43 characters); expected base64 with no whitespace"
                + " (AppRegNew makes 44 characters), since TokenHelper decodes it with Convert.FromBase64String."
                + " Fix: copy the secret again, whole, from where it was generated (AppRegNew.aspx shows it once)");
    }

    @Test
    void clientSecretThatIsNotConfiguredFailsShowingFingerprintsOnly() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace("value=\"" + CANARY + "\"", "value=\"" + ROTATED + "\""));

        // when / then
        assertFailed(check(verify(), "client-secret"), WEB_CONFIG_FILE + ":13 appSettings \"ClientSecret\":"
                + " the secret is not one of the configured secrets. Found a hidden value (" + fingerprint(ROTATED)
                + ", 44 characters); expected the client secret (sha256:143c5ada)."
                + " Fix: run addin:inject with the current secrets, or configure the secret this web.config holds");
    }

    @Test
    void clientSecretThatIsNeitherConfiguredSecretNamesBoth() throws Exception {
        // given
        primary = Optional.of(secret(SecretRole.PRIMARY, ROTATED, LocalDate.of(2027, 6, 30)));
        secondary = Optional.of(secret(SecretRole.SECONDARY, "Q0hJTkEtYWRkaW5yZWctdGVzdC1zZWNyZXQtMDM=", LocalDate.of(2026, 9, 30)));

        // when / then
        assertFailed(check(verify(), "client-secret"), WEB_CONFIG_FILE + ":13 appSettings \"ClientSecret\":"
                + " the secret is not one of the configured secrets. Found a hidden value (sha256:143c5ada, 44 characters);"
                + " expected the client secret (" + fingerprint(ROTATED) + ") or the secondary client secret ("
                + fingerprint("Q0hJTkEtYWRkaW5yZWctdGVzdC1zZWNyZXQtMDM=") + ")."
                + " Fix: run addin:inject with the current secrets, or configure the secret this web.config holds");
    }

    @Test
    void clientSecretThatIsTheConfiguredSecondaryPassesDuringARotation() throws Exception {
        // given
        primary = Optional.of(secret(SecretRole.PRIMARY, ROTATED, LocalDate.of(2027, 6, 30)));
        secondary = Optional.of(secret(SecretRole.SECONDARY, CANARY, LocalDate.of(2026, 9, 30)));

        // when / then
        assertPassed(check(verify(), "client-secret"));
    }

    @Test
    void withNoSecretConfiguredAnyBase64SecretPasses() throws Exception {
        // given
        primary = Optional.empty();
        write(webConfig, WEB_CONFIG.replace("value=\"" + CANARY + "\"", "value=\"" + ROTATED + "\""));

        // when
        CheckResult check = check(verify(), "client-secret");

        // then
        assertPassed(check);
        assertEquals("no secret configured: checked for presence and base64 only", check.note());
    }

    @Test
    void secondarySecretInWebConfigMustBeConfiguredToo() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace(CLIENT_SECRET_LINE,
                CLIENT_SECRET_LINE + "    <add key=\"SecondaryClientSecret\" value=\"" + ROTATED + "\" />\n"));

        // when / then
        assertFailed(check(verify(), "client-secret"), WEB_CONFIG_FILE + ":14 appSettings \"SecondaryClientSecret\":"
                + " the secret is not one of the configured secrets. Found a hidden value (" + fingerprint(ROTATED)
                + ", 44 characters); expected the client secret (sha256:143c5ada)."
                + " Fix: run addin:inject with the current secrets, or configure the secret this web.config holds");
    }

    @Test
    void bothSecretsConfiguredAndInWebConfigPass() throws Exception {
        // given
        secondary = Optional.of(secret(SecretRole.SECONDARY, ROTATED, LocalDate.of(2026, 9, 30)));
        write(webConfig, WEB_CONFIG.replace(CLIENT_SECRET_LINE,
                CLIENT_SECRET_LINE + "    <add key=\"SecondaryClientSecret\" value=\"" + ROTATED + "\" />\n"));

        // when / then
        assertPassed(check(verify(), "client-secret"));
    }

    @Test
    void emptySecondarySecretIsNoSecondarySecret() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace(CLIENT_SECRET_LINE,
                CLIENT_SECRET_LINE + "    <add key=\"SecondaryClientSecret\" value=\"\" />\n"));

        // when / then
        assertPassed(check(verify(), "client-secret"));
    }

    @Test
    void secondarySecretEqualToThePrimaryWarns() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace(CLIENT_SECRET_LINE,
                CLIENT_SECRET_LINE + "    <add key=\"SecondaryClientSecret\" value=\"" + CANARY + "\" />\n"));

        // when / then
        assertWarning(check(verify(), "client-secret"), WEB_CONFIG_FILE + ":14 appSettings \"SecondaryClientSecret\":"
                + " SecondaryClientSecret equals ClientSecret. Found a hidden value (sha256:143c5ada, 44 characters);"
                + " expected a different secret, or no SecondaryClientSecret."
                + " Fix: during a rotation the secondary is the old secret; outside one, remove it");
    }

    // --- title ---

    @Test
    void titleDifferingFromTheConfiguredOneWarns() throws Exception {
        // given
        write(manifest, MANIFEST.replace("<Title>Contoso Orders</Title>", "<Title>Contoso Orders (test)</Title>"));

        // when / then
        assertWarning(check(verify(), "title"), MANIFEST_FILE + ":10 Properties/Title: the manifest's title differs from the"
                + " configured one. Found \"Contoso Orders (test)\"; expected \"Contoso Orders\"."
                + " Fix: correct the Title in AppManifest.xml, or the title parameter");
    }

    @Test
    void missingTitleWarnsOnTheAppLine() throws Exception {
        // given
        write(manifest, MANIFEST.replace("    <Title>Contoso Orders</Title>\n", ""));

        // when / then
        assertWarning(check(verify(), "title"), MANIFEST_FILE + ":3 Properties/Title: the manifest's title differs from the"
                + " configured one. Found no title; expected \"Contoso Orders\"."
                + " Fix: correct the Title in AppManifest.xml, or the title parameter");
    }

    @Test
    void titleIsSkippedWhenNoneIsConfigured() throws Exception {
        // given
        title = Optional.empty();
        write(manifest, MANIFEST.replace("<Title>Contoso Orders</Title>", "<Title>Anything</Title>"));

        // when
        CheckResult check = check(verify(), "title");

        // then
        assertEquals(Outcome.SKIPPED, check.outcome());
        assertEquals("no title configured", check.note());
    }

    // --- no-high-trust-keys ---

    @Test
    void highTrustKeysWithValuesWarnWithoutShowingThem() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace(CLIENT_SECRET_LINE, CLIENT_SECRET_LINE
                + "    <add key=\"ClientSigningCertificatePath\" value=\"C:\\certs\\orders.pfx\" />\n"
                + "    <add key=\"ClientSigningCertificatePassword\" value=\"" + CERTIFICATE_PASSWORD + "\" />\n"));

        // when / then
        String fix = " Fix: remove the entry, or empty its value; a certificate path or password should not ship";
        assertWarning(check(verify(), "no-high-trust-keys"),
                WEB_CONFIG_FILE + ":14 appSettings \"ClientSigningCertificatePath\": a high-trust signing key is left in a"
                        + " web.config that ships. Expected no ClientSigningCertificatePath in a low-trust (client secret) add-in." + fix,
                WEB_CONFIG_FILE + ":15 appSettings \"ClientSigningCertificatePassword\": a high-trust signing key is left in a"
                        + " web.config that ships. Expected no ClientSigningCertificatePassword in a low-trust (client secret) add-in."
                        + fix);
    }

    @Test
    void emptyHighTrustKeysPass() throws Exception {
        // given
        write(webConfig, WEB_CONFIG.replace(CLIENT_SECRET_LINE, CLIENT_SECRET_LINE
                + "    <add key=\"ClientSigningCertificatePath\" value=\"\" />\n"
                + "    <add key=\"ClientSigningCertificatePassword\" />\n"));

        // when / then
        assertPassed(check(verify(), "no-high-trust-keys"));
    }

    // --- hosting ---

    @Test
    void sharePointHostedAddinHasNothingToVerify() throws Exception {
        // given: no web application at all, and a configured registration it does not use, with problems of its own
        write(manifest, MANIFEST.replace("<RemoteWebApplication ClientId=\"" + CLIENT_ID + "\" />", "<Internal />"));
        Files.delete(webConfig);
        registrationProblems = List.of(Problem.warning("<clientSecretExpires> (-Daddin.clientSecretExpires)",
                "no end date is recorded for the client secret", null, "the date the secret ends", "record it"));
        primary = Optional.of(secret(SecretRole.PRIMARY, CANARY, LocalDate.of(2026, 6, 10)));
        failWithinDays = 30;

        // when
        Verification verification = verify();

        // then
        assertEquals(Hosting.SHAREPOINT_HOSTED, verification.hosting());
        assertEquals(List.of(
                "configured-values skipped (SharePoint-hosted add-in: the registration is not used)",
                "files-readable passed (" + MANIFEST_FILE + ")",
                "manifest-version passed (no addinVersion configured: the schema's pattern only)",
                "registration skipped (SharePoint-hosted add-in (AppPrincipal/Internal): there is no registration to verify)"),
                summary(verification));
        assertEquals(List.of(MANIFEST_FILE), verification.files());
        assertEquals(List.of(), verification.findings().all());
    }

    @Test
    void unreadableManifestStillChecksTheConfiguredValues() throws Exception {
        // given: the hosting model is unknown, so the registration may matter
        Files.delete(manifest);
        registrationProblems = List.of(Problem.warning("<clientSecretExpires> (-Daddin.clientSecretExpires)",
                "no end date is recorded for the client secret", null, "the date the secret ends", "record it"));

        // when / then
        assertEquals(Outcome.WARNING, check(verify(), "configured-values").outcome());
    }
}
