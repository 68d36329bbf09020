package dev.addinreg.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.addinreg.addin.Hosting;
import dev.addinreg.certificates.TestCertificates;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.HighTrust;
import dev.addinreg.registration.IssuerId;
import dev.addinreg.registration.Secret;
import dev.addinreg.registration.SecretRole;
import dev.addinreg.registration.SecretSetting;
import dev.addinreg.registration.SigningCertificate;

/** The report's data: what {@code registration-report.json} holds is what {@link ReportData#parse} reads back. */
class ReportDataTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String CANARY = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";

    private static ReportData report() {
        Registration registration = new Registration(Optional.of(ClientId.parse("6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba")),
                Optional.of(AppDomain.parse("addin.contoso.com")), Optional.empty(), Optional.empty(),
                Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), LocalDate.of(2026, 6, 20),
                        "environment variable ADDIN_CLIENT_SECRET", LocalDateTime.of(2026, 5, 1, 8, 0))),
                Optional.empty());
        Problem odd = Problem.error("C:\\addin\\Web.config:3 appSettings \"Client\tId\"", "odd\r\nvalue\u0001 é", null, "x", "y");
        Verification verification = new Verification(Hosting.PROVIDER_HOSTED, List.of("C:\\addin\\Web.config"),
                List.of(new CheckResult("client-id-consistent", "t", Outcome.FAILED, "", List.of(odd)),
                        new CheckResult("title", "manifest title matches", Outcome.SKIPPED, "no title configured", List.of())),
                TODAY, false, "1.4.2.57");
        return ReportData.of("default", registration, verification, TODAY, 30, false);
    }

    @Test
    void theJsonReadsBackAsTheSameData() {
        // given
        ReportData report = report();

        // when
        ReportData read = RegistrationReport.parse(RegistrationReport.json(report));

        // then
        assertEquals(report, read);
        assertEquals(new ReportData.Secret("ClientSecret", "sha256:143c5ada", "environment variable ADDIN_CLIENT_SECRET",
                "2026-05-01T08:00", LocalDate.of(2026, 6, 20), 19L, "expiring"), read.secrets().get(0));
        assertEquals("failed", read.result());
        assertEquals(30, read.expiryWarningDays());
        assertEquals("1.4.2.57", read.version());
    }

    /** A high-trust report whose certificate is valid from {@code notBefore} to {@code notAfter}, with the canary password. */
    private static String highTrustReport(Path folder, Instant notBefore, Instant notAfter) throws Exception {
        return highTrustReport(folder, notBefore, notAfter, TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    /** The same, the certificate judged at {@code now}, on the report's day. */
    private static String highTrustReport(Path folder, Instant notBefore, Instant notAfter, Instant now) throws Exception {
        TestCertificates.CertificateFiles files = TestCertificates.write(folder, "addin", notBefore, notAfter);
        SigningCertificate certificate = SigningCertificate.read(files.pfx(), "certs/addin.pfx", Secret.of(TestCertificates.CANARY_PASSWORD));
        HighTrust highTrust = new HighTrust(IssuerId.parse("c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9"), Optional.of(certificate),
                Optional.of("C:\\certs\\addin.pfx"), Optional.of(new SecretSetting("environment variable ADDIN_SIGNING_CERTIFICATE_PASSWORD",
                        Secret.of(TestCertificates.CANARY_PASSWORD))));
        Registration registration = new Registration(Optional.of(ClientId.parse("6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba")),
                Optional.of(AppDomain.parse("addin.contoso.com")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(highTrust));
        Verification verification = new Verification(Hosting.PROVIDER_HOSTED, List.of("target/addin/web/Web.config"), List.of(), TODAY,
                false, "1.0.0.0");
        return RegistrationReport.json("default", registration, verification, now, 30, false);
    }

    @Test
    void aHighTrustReportShowsTheIssuerAndCertificateNeverItsPassword(@TempDir Path folder) throws Exception {
        // when
        String json = highTrustReport(folder, Instant.parse("2026-05-02T00:00:00Z"), Instant.parse("2027-06-30T12:00:00Z"));
        ReportData read = RegistrationReport.parse(json);

        // then
        assertEquals("c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9", read.issuerId());
        ReportData.Certificate certificate = read.certificate();
        assertEquals(new ReportData.Certificate("certs/addin.pfx", "CN=addin.contoso.com,O=Contoso", "6B1F3C0A2E9D4F5B",
                certificate.thumbprint(), "2026-05-02T00:00:00Z", "2027-06-30T12:00:00Z", 394, "valid"), certificate);
        assertTrue(certificate.thumbprint().matches("[0-9A-F]{64}"), certificate.thumbprint());
        assertFalse(json.contains(TestCertificates.CANARY_PASSWORD));
        assertFalse(json.contains("C:\\\\certs"), "the path on the web server is in web.config, not in the report");
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
            "2026-06-02T00:00:00Z, 2027-06-02T00:00:00Z, not-yet-valid",
            "2025-06-01T00:00:00Z, 2026-05-31T23:59:59Z, expired",
            "2025-06-01T00:00:00Z, 2026-06-01T23:59:59Z, expiring",
            "2025-06-01T00:00:00Z, 2026-07-01T00:00:00Z, expiring",
            "2025-06-01T00:00:00Z, 2026-07-02T00:00:00Z, valid",
            "2026-06-01T00:00:00Z, 2026-08-01T00:00:00Z, valid"
    })
    void theCertificatesStateIsItsStateOnTheReportsDay(String notBefore, String notAfter, String state, @TempDir Path folder)
            throws Exception {
        // when
        ReportData read = RegistrationReport.parse(highTrustReport(folder, Instant.parse(notBefore), Instant.parse(notAfter)));

        // then
        assertEquals(state, read.certificate().state());
    }

    @ParameterizedTest(name = "{0} to {1}, at {2}: {3}")
    @CsvSource({
            "2025-06-01T00:00:00Z, 2026-06-01T06:00:00Z, 2026-06-01T12:00:00Z, expired, 0",
            "2025-06-01T00:00:00Z, 2026-06-01T18:00:00Z, 2026-06-01T12:00:00Z, expiring, 0",
            "2026-06-01T18:00:00Z, 2027-06-01T00:00:00Z, 2026-06-01T12:00:00Z, not-yet-valid, 365"
    })
    void onTheDayItStartsOrEndsTheStateIsTheMomentsAsTheChecksJudgeIt(String notBefore, String notAfter, String now, String state,
            long daysLeft, @TempDir Path folder) throws Exception {
        // when
        ReportData read = RegistrationReport.parse(highTrustReport(folder, Instant.parse(notBefore), Instant.parse(notAfter),
                Instant.parse(now)));

        // then
        assertEquals(state, read.certificate().state());
        assertEquals(daysLeft, read.certificate().daysLeft());
    }

    @Test
    void aReportWrittenBeforeTheVersionReadsWithoutIt() {
        // given: the report as addin:verify wrote it before the field
        String json = RegistrationReport.json(report()).replace("  \"version\": \"1.4.2.57\",\n", "");

        // when
        ReportData read = RegistrationReport.parse(json);

        // then
        assertNull(read.version());
        assertEquals(report().clientId(), read.clientId());
    }

    @Test
    void aReportWrittenBeforeExpiryWarningDaysReadsWithoutIt() {
        // given: the report as addin:verify wrote it before the field
        String json = RegistrationReport.json(report()).replace("  \"expiryWarningDays\": 30,\n", "");

        // when
        ReportData read = RegistrationReport.parse(json);

        // then
        assertNull(read.expiryWarningDays());
        assertEquals(report().secrets(), read.secrets());
    }

    @Test
    void whatIsNotAReportSaysWhy() {
        assertEquals("not valid JSON (End of input at line 1 column 11 path $.a)",
                assertThrows(IllegalArgumentException.class, () -> RegistrationReport.parse("{\"a\": \"b\" ")).getMessage());
        assertEquals("the report is not a JSON object",
                assertThrows(IllegalArgumentException.class, () -> RegistrationReport.parse("[]")).getMessage());
        assertEquals("the report has no \"date\"",
                assertThrows(IllegalArgumentException.class, () -> RegistrationReport.parse("{}")).getMessage());
        assertEquals("\"soon\" is not an ISO date",
                assertThrows(IllegalArgumentException.class, () -> RegistrationReport.parse("{\"date\": \"soon\"}")).getMessage());
        assertEquals("\"maybe\" is not an outcome; expected passed, warning, failed or skipped",
                assertThrows(IllegalArgumentException.class,
                        () -> RegistrationReport.parse("{\"date\": \"2026-06-01\", \"checks\": [{\"outcome\": \"maybe\"}]}")).getMessage());
        assertEquals("not valid JSON (Expected a long but was three at path $.secrets[0].daysLeft)",
                assertThrows(IllegalArgumentException.class,
                        () -> RegistrationReport.parse("{\"date\": \"2026-06-01\", \"secrets\": [{\"daysLeft\": \"three\"}]}")).getMessage());
    }
}
