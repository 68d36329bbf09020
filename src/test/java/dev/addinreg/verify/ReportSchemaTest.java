package dev.addinreg.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

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
 * The published JSON Schema of {@code registration-report.json} against what {@link RegistrationReport#json} writes:
 * every report the writer makes conforms, a broken one is refused at its place, and the schema names exactly the
 * fields the report has. {@code ReportSchemaCheck} validates, after the ITs, every report they wrote.
 */
class ReportSchemaTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    /** base64 of "CANARY-addinreg-canary-secret-01". */
    private static final String CANARY = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";
    /** base64 of "ROTATE-addinreg-second-secret-02". */
    private static final String ROTATED = "Uk9UQVRFLWFkZGlucmVnLXNlY29uZC1zZWNyZXQtMDI=";

    private static ReportSchema schema;

    @BeforeAll
    static void loadTheSchema() throws IOException {
        schema = ReportSchema.load();
    }

    /** Two secrets (one with a start time, one expiring), a warning, a skipped check. */
    private static String fullReport() {
        Registration registration = new Registration(
                Optional.of(ClientId.parse("6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba")),
                Optional.of(AppDomain.parse("contoso-orders.azurewebsites.net")),
                Optional.of(RedirectUri.parse("https://contoso-orders.azurewebsites.net/Pages/Default.aspx")),
                Optional.of(AddinTitle.parse("Contoso Orders")),
                Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), LocalDate.of(2027, 6, 30),
                        "environment variable ADDIN_CLIENT_SECRET", LocalDateTime.of(2026, 5, 20, 9, 30))),
                Optional.of(new ConfiguredSecret(SecretRole.SECONDARY, ClientSecret.parse(ROTATED), LocalDate.of(2026, 6, 15),
                        "settings.xml server \"orders-old\" password")));
        Problem title = Problem.warning("target/addin/package/AppManifest.xml:10 Properties/Title",
                "the manifest's title differs from the configured one", "\"Contoso Orders (test)\"", "\"Contoso Orders\"",
                "correct the Title in AppManifest.xml, or the title parameter");
        Verification verification = new Verification(Hosting.PROVIDER_HOSTED,
                List.of("target/addin/package/AppManifest.xml", "target/addin/web/Web.config"),
                List.of(new CheckResult("client-id-consistent", "client IDs well-formed and consistent", Outcome.PASSED, "", List.of()),
                        new CheckResult("title", "manifest title matches", Outcome.WARNING, "", List.of(title)),
                        new CheckResult("no-high-trust-keys", "no high-trust signing keys", Outcome.SKIPPED, "no web.config was read",
                                List.of())), TODAY, false, "1.4.2.57");
        return RegistrationReport.json("worldwide", registration, verification, TODAY, 30, true);
    }

    /** Nothing configured: every value null, no secret, no file read, a failed check. */
    private static String emptyReport() {
        Registration nothing = new Registration(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        Problem missing = Problem.error("src/main/sharepoint/AppManifest.xml", "the file does not exist", "no file", "the add-in manifest",
                "set appManifest");
        Verification verification = new Verification(Hosting.UNKNOWN, List.of(),
                List.of(new CheckResult("files-readable", "files readable", Outcome.FAILED, "", List.of(missing))), TODAY, false, null);
        return RegistrationReport.json("default", nothing, verification, TODAY, 30, false);
    }

    /** A domain with a port, an expired secret and one with no end date. */
    private static String endedReport() {
        Registration registration = new Registration(Optional.of(ClientId.parse("0ef306f5-ece9-4db5-8c04-ab371ca18842")),
                Optional.of(AppDomain.parse("Addin.Contoso.com:8443")), Optional.empty(), Optional.empty(),
                Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), LocalDate.of(2026, 5, 1),
                        "user property addin.clientSecret", LocalDateTime.of(2025, 5, 1, 0, 0))),
                Optional.of(new ConfiguredSecret(SecretRole.SECONDARY, ClientSecret.parse(ROTATED), null, "environment variable X")));
        Verification verification = new Verification(Hosting.SHAREPOINT_HOSTED, List.of("build/Contoso.app!/AppManifest.xml"), List.of(),
                TODAY, false, "9999.0.0.1");
        return RegistrationReport.json("china", registration, verification, TODAY, 0, false);
    }

    @Test
    void everyReportTheWriterMakesConforms() {
        for (String report : List.of(fullReport(), emptyReport(), endedReport())) {
            assertEquals(List.of(), schema.problems(report), report);
        }
    }

    @Test
    void aHighTrustReportConforms(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        // given: an issuer ID and a signing certificate read from a .cer
        var files = dev.addinreg.certificates.TestCertificates.write(folder, "addin", java.time.Instant.parse("2026-05-01T00:00:00Z"),
                java.time.Instant.parse("2026-06-10T00:00:00Z"));
        var certificate = dev.addinreg.registration.SigningCertificate.read(files.derCer(), "certs/addin.cer", null);
        Registration registration = new Registration(Optional.of(ClientId.parse("6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba")),
                Optional.of(AppDomain.parse("addin.contoso.com")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new dev.addinreg.registration.HighTrust(
                        dev.addinreg.registration.IssuerId.parse("c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9"), Optional.of(certificate),
                        Optional.empty(), Optional.empty())));
        Verification verification = new Verification(Hosting.PROVIDER_HOSTED, List.of("target/addin/web/Web.config"), List.of(), TODAY,
                false, "1.0.0.0");

        // when
        String report = RegistrationReport.json("default", registration, verification, TODAY, 30, false);

        // then
        assertTrue(report.contains("\"state\": \"expiring\""), report);
        assertEquals(List.of(), schema.problems(report), report);
        assertEquals(List.of(), schema.problems(report.replace("\"issuerId\": \"c4b3a2f1", "\"issuerId\": \"C4B3A2F1")).isEmpty()
                ? List.of("an uppercase issuer ID conforms") : List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a secret's value beside its fingerprint | "fingerprint": "sha256:143c5ada",   | "fingerprint": "sha256:143c5ada", "value": "x", | /secrets/0
            a longer fingerprint                   | "sha256:143c5ada"                   | "sha256:143c5ada00"                            | /secrets/0/fingerprint
            an outcome that is none                | "outcome": "passed"                 | "outcome": "ok"                                | /checks/0/outcome
            an uppercase client ID                 | "6a3601b7-8e4a                      | "6A3601B7-8e4a                                 | /clientId
            days left as text                      | "daysLeft": 394                     | "daysLeft": "394"                              | /secrets/0/daysLeft
            a date that is no ISO date             | "date": "2026-06-01"                | "date": "01.06.2026"                           | /date
            a redirect URI over http               | "https://contoso-orders.azurewebsites.net/Pages | "http://contoso-orders.azurewebsites.net/Pages | /redirectUri
            a field the report does not have       | "execution": "worldwide",           | "execution": "worldwide", "format": 2,         | ''
            """)
    void aBrokenReportIsRefusedAtItsPlace(String broken, String written, String instead, String place) {
        // given
        String report = fullReport();
        assertTrue(report.contains(written), () -> "the report has no " + written);

        // when
        List<String> problems = schema.problems(report.replaceFirst(Pattern.quote(written),
                Matcher.quoteReplacement(instead)));

        // then
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(place + ": ")), () -> broken + ": " + problems);
    }

    @Test
    void aReportWithoutItsDateIsRefused() {
        // given
        JsonObject report = JsonParser.parseString(fullReport()).getAsJsonObject();
        report.remove("date");

        // when
        List<String> problems = schema.problems(report.toString());

        // then
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("date"), problems::toString);
    }

    @Test
    void theSchemaNamesExactlyTheFieldsOfTheReport() throws IOException {
        // given
        JsonObject root = JsonParser.parseString(Files.readString(ReportSchema.FILE, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject defs = root.getAsJsonObject("$defs");
        JsonObject finding = defs.getAsJsonObject("check").getAsJsonObject("properties").getAsJsonObject("problems")
                .getAsJsonObject("items");

        // then: each object's required fields are the record's components, in order
        assertEquals(fields(ReportData.class), required(root));
        assertEquals(fields(ReportData.Secret.class), required(defs.getAsJsonObject("secret")));
        assertEquals(fields(ReportData.Check.class), required(defs.getAsJsonObject("check")));
        assertEquals(fields(ReportData.Finding.class), required(finding));
    }

    @Test
    void theSiteLinksTheSchema() throws IOException {
        // given: maven-site-plugin copies src/site/resources to the site's root
        String page = Files.readString(Path.of("src/site/markdown/registration-report.md"), StandardCharsets.UTF_8);
        String menu = Files.readString(Path.of("src/site/site.xml"), StandardCharsets.UTF_8);

        // then
        assertTrue(page.contains("](registration-report.schema.json)"), "registration-report.md links the schema");
        assertTrue(menu.contains("href=\"registration-report.html\""), "the site's menu has the report's page");
    }

    private static List<String> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> required(JsonObject object) {
        assertEquals("false", object.get("additionalProperties").toString(), "the schema allows other fields");
        return object.getAsJsonArray("required").asList().stream().map(e -> e.getAsString()).toList();
    }
}
