package dev.addinreg.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

/** {@code registration-report.json}, compared as exact text: what a pipeline reads, and never a secret's value. */
class RegistrationReportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** The canary: base64 of "CANARY-addinreg-canary-secret-01". */
    private static final String CANARY = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";
    /** base64 of "ROTATE-addinreg-second-secret-02". */
    private static final String ROTATED = "Uk9UQVRFLWFkZGlucmVnLXNlY29uZC1zZWNyZXQtMDI=";

    private static final Registration REGISTRATION = new Registration(
            Optional.of(ClientId.parse("6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba")),
            Optional.of(AppDomain.parse("contoso-orders.azurewebsites.net")),
            Optional.of(RedirectUri.parse("https://contoso-orders.azurewebsites.net/Pages/Default.aspx")),
            Optional.of(AddinTitle.parse("Contoso Orders")),
            Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), LocalDate.of(2027, 6, 30),
                    "environment variable ADDIN_CLIENT_SECRET")),
            Optional.of(new ConfiguredSecret(SecretRole.SECONDARY, ClientSecret.parse(ROTATED), LocalDate.of(2026, 6, 15),
                    "settings.xml server \"orders-old\" password")));

    private static final Registration NOTHING_CONFIGURED = new Registration(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    private static final Problem TITLE_WARNING = Problem.warning("target/addin/package/AppManifest.xml:10 Properties/Title",
            "the manifest's title differs from the configured one", "\"Contoso Orders (test)\"", "\"Contoso Orders\"",
            "correct the Title in AppManifest.xml, or the title parameter");

    /** A provider-hosted verification: one check passed, one with a warning, one skipped. */
    private static Verification verification(Outcome titleOutcome, List<Problem> titleProblems) {
        return new Verification(Hosting.PROVIDER_HOSTED,
                List.of("target/addin/package/AppManifest.xml", "target/addin/web/Web.config"),
                List.of(new CheckResult("client-id-consistent", "client IDs well-formed and consistent", Outcome.PASSED, "", List.of()),
                        new CheckResult("title", "manifest title matches", titleOutcome, "", titleProblems),
                        new CheckResult("no-high-trust-keys", "no high-trust signing keys", Outcome.SKIPPED, "no web.config was read",
                                List.of())), TODAY, false, "1.4.2.57");
    }

    private static void assertNoPartOf(String secret, String shown) {
        for (int i = 0; i + 8 <= secret.length(); i++) {
            int at = i;
            assertFalse(shown.contains(secret.substring(i, i + 8)), () -> "8 characters of a secret from index " + at + " are shown");
        }
    }

    @Test
    void reportHoldsTheRegistrationSecretsFingerprintsAndEveryCheck() {
        // when
        String json = RegistrationReport.json("worldwide", REGISTRATION, verification(Outcome.WARNING, List.of(TITLE_WARNING)), TODAY,
                30, false);

        // then
        assertEquals("""
                {
                  "execution": "worldwide",
                  "date": "2026-06-01",
                  "result": "passed",
                  "hosting": "provider-hosted",
                  "version": "1.4.2.57",
                  "clientId": "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba",
                  "issuerId": null,
                  "appDomain": "contoso-orders.azurewebsites.net",
                  "redirectUri": "https://contoso-orders.azurewebsites.net/Pages/Default.aspx",
                  "files": [
                    "target/addin/package/AppManifest.xml",
                    "target/addin/web/Web.config"
                  ],
                  "expiryWarningDays": 30,
                  "secrets": [
                    {
                      "key": "ClientSecret",
                      "fingerprint": "sha256:143c5ada",
                      "source": "environment variable ADDIN_CLIENT_SECRET",
                      "startDate": null,
                      "endDate": "2027-06-30",
                      "daysLeft": 394,
                      "state": "valid"
                    },
                    {
                      "key": "SecondaryClientSecret",
                      "fingerprint": "sha256:9a6de956",
                      "source": "settings.xml server \\"orders-old\\" password",
                      "startDate": null,
                      "endDate": "2026-06-15",
                      "daysLeft": 14,
                      "state": "expiring"
                    }
                  ],
                  "certificate": null,
                  "checks": [
                    {
                      "id": "client-id-consistent",
                      "title": "client IDs well-formed and consistent",
                      "outcome": "passed",
                      "note": null,
                      "problems": []
                    },
                    {
                      "id": "title",
                      "title": "manifest title matches",
                      "outcome": "warning",
                      "note": null,
                      "problems": [
                        {
                          "severity": "warning",
                          "where": "target/addin/package/AppManifest.xml:10 Properties/Title",
                          "message": "target/addin/package/AppManifest.xml:10 Properties/Title: the manifest's title differs from the configured one. Found \\"Contoso Orders (test)\\"; expected \\"Contoso Orders\\". Fix: correct the Title in AppManifest.xml, or the title parameter"
                        }
                      ]
                    },
                    {
                      "id": "no-high-trust-keys",
                      "title": "no high-trust signing keys",
                      "outcome": "skipped",
                      "note": "no web.config was read",
                      "problems": []
                    }
                  ]
                }
                """, json);
        assertNoPartOf(CANARY, json);
        assertNoPartOf(ROTATED, json);
    }

    @Test
    void nothingConfiguredGivesNullsAndNoSecrets() {
        // given
        Verification verification = new Verification(Hosting.SHAREPOINT_HOSTED, List.of("src/main/sharepoint/AppManifest.xml"),
                List.of(new CheckResult("registration", "registration in the files", Outcome.SKIPPED,
                        "SharePoint-hosted add-in (AppPrincipal/Internal): there is nothing to verify", List.of())), TODAY, false, "1.0.0.0");

        // when
        String json = RegistrationReport.json("default", NOTHING_CONFIGURED, verification, TODAY, 30, false);

        // then
        assertEquals("""
                {
                  "execution": "default",
                  "date": "2026-06-01",
                  "result": "passed",
                  "hosting": "sharepoint-hosted",
                  "version": "1.0.0.0",
                  "clientId": null,
                  "issuerId": null,
                  "appDomain": null,
                  "redirectUri": null,
                  "files": [
                    "src/main/sharepoint/AppManifest.xml"
                  ],
                  "expiryWarningDays": 30,
                  "secrets": [],
                  "certificate": null,
                  "checks": [
                    {
                      "id": "registration",
                      "title": "registration in the files",
                      "outcome": "skipped",
                      "note": "SharePoint-hosted add-in (AppPrincipal/Internal): there is nothing to verify",
                      "problems": []
                    }
                  ]
                }
                """, json);
    }

    @Test
    void anUnknownHostingAndNoFilesAreWrittenAsSuch() {
        // given
        Verification verification = new Verification(Hosting.UNKNOWN, List.of(), List.of(), TODAY, false, null);

        // when
        String json = RegistrationReport.json("default-cli", NOTHING_CONFIGURED, verification, TODAY, 30, false);

        // then
        assertEquals("""
                {
                  "execution": "default-cli",
                  "date": "2026-06-01",
                  "result": "passed",
                  "hosting": "unknown",
                  "version": null,
                  "clientId": null,
                  "issuerId": null,
                  "appDomain": null,
                  "redirectUri": null,
                  "files": [],
                  "expiryWarningDays": 30,
                  "secrets": [],
                  "certificate": null,
                  "checks": []
                }
                """, json);
    }

    @Test
    void resultIsFailedWhenAnyCheckFailed() {
        // given
        Verification verification = verification(Outcome.FAILED, List.of(TITLE_WARNING.asError()));

        // when
        String json = RegistrationReport.json("china", REGISTRATION, verification, TODAY, 30, false);

        // then
        assertEquals("  \"result\": \"failed\",", json.lines().toList().get(3));
    }

    @Test
    void resultIsFailedWhenStrictAndAWarningFailsTheBuild() {
        // given
        Verification verification = verification(Outcome.WARNING, List.of(TITLE_WARNING));

        // when
        String json = RegistrationReport.json("default", REGISTRATION, verification, TODAY, 30, true);

        // then
        assertEquals("  \"result\": \"failed\",", json.lines().toList().get(3));
    }

    @Test
    void resultIsPassedWhenStrictAndNoWarning() {
        // given
        Verification verification = verification(Outcome.PASSED, List.of());

        // when
        String json = RegistrationReport.json("default", REGISTRATION, verification, TODAY, 30, true);

        // then
        assertEquals("  \"result\": \"passed\",", json.lines().toList().get(3));
    }

    @Test
    void stringsAreEscapedAsJsonRequires() {
        // given: a Windows path, a quote, a tab, a line break and a control character in a problem
        Problem odd = Problem.error("C:\\addin\\Web.config:3 appSettings \"Client\tId\"", "odd\r\nvalue\u0001", null, "x", "y");
        Verification verification = new Verification(Hosting.PROVIDER_HOSTED, List.of("C:\\addin\\Web.config"),
                List.of(new CheckResult("client-id-consistent", "t", Outcome.FAILED, "", List.of(odd))), TODAY, false, null);

        // when
        List<String> lines = RegistrationReport.json("default", NOTHING_CONFIGURED, verification, TODAY, 30, false).lines().toList();

        // then
        assertEquals("    \"C:\\\\addin\\\\Web.config\"", lines.get(11));
        assertEquals("          \"where\": \"C:\\\\addin\\\\Web.config:3 appSettings \\\"Client\\tId\\\"\",", lines.get(25));
        assertEquals("          \"message\": \"C:\\\\addin\\\\Web.config:3 appSettings \\\"Client\\tId\\\": odd\\r\\nvalue\\u0001."
                + " Expected x. Fix: y\"", lines.get(26));
    }

    @ParameterizedTest(name = "end date {0}: {1}")
    @CsvSource({
        "2026-05-01, expired",
        "2026-06-01, expired",
        "2026-06-02, expiring",
        "2026-07-01, expiring",
        "2026-07-02, valid",
        ", no-end-date"
    })
    void stateOfASecretFromItsDaysLeft(LocalDate endDate, String state) {
        // given
        ConfiguredSecret secret = new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), endDate, "environment variable X");

        // when / then
        assertEquals(state, RegistrationReport.state(secret, TODAY, 30));
    }
}
