package dev.addinreg.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;

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
