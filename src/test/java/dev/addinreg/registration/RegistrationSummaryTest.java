package dev.addinreg.registration;

import static dev.addinreg.registration.TestSecrets.CANARY;
import static dev.addinreg.registration.TestSecrets.ROTATED;
import static dev.addinreg.registration.TestSecrets.assertNoPartOf;
import static dev.addinreg.registration.TestSecrets.sha256Prefix;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistrationSummaryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static ConfiguredSecret primary(LocalDate expires) {
        return new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), expires, "environment variable ADDIN_CLIENT_SECRET");
    }

    private static Registration withSecrets(Optional<ConfiguredSecret> primary, Optional<ConfiguredSecret> secondary) {
        return new Registration(Optional.of(ClientId.parse("9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a")),
                Optional.of(AppDomain.parse("addin.contoso.com:8443")),
                Optional.of(RedirectUri.parse("https://addin.contoso.com:8443/Pages/Default.aspx")),
                Optional.of(AddinTitle.parse("Contoso Expenses")),
                primary, secondary);
    }

    @Test
    void linesForRegistrationWithBothSecrets() {
        // given
        Registration registration = withSecrets(Optional.of(primary(LocalDate.of(2027, 6, 1))),
                Optional.of(new ConfiguredSecret(SecretRole.SECONDARY, ClientSecret.parse(ROTATED), LocalDate.of(2026, 6, 15),
                        "settings.xml server \"addin-old\" password")));

        // when
        List<String> lines = RegistrationSummary.lines(registration, TODAY);

        // then
        assertEquals(List.of(
                "Client ID              9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a",
                "Add-in domain          addin.contoso.com:8443",
                "Redirect URI           https://addin.contoso.com:8443/Pages/Default.aspx",
                "Title                  Contoso Expenses",
                "ClientSecret           " + sha256Prefix(CANARY) + ", ends 2027-06-01 (365 days left), from environment variable"
                        + " ADDIN_CLIENT_SECRET",
                "SecondaryClientSecret  " + sha256Prefix(ROTATED) + ", ends 2026-06-15 (14 days left), from settings.xml server"
                        + " \"addin-old\" password",
                "Add-in version         (not configured)"),
                lines);
        lines.forEach(line -> {
            assertNoPartOf(CANARY, line);
            assertNoPartOf(ROTATED, line);
        });
    }

    @Test
    void linesForRegistrationWithNothingConfigured() {
        // given
        Registration registration = new Registration(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        // when
        List<String> lines = RegistrationSummary.lines(registration, TODAY);

        // then
        assertEquals(List.of(
                "Client ID              (not configured)",
                "Add-in domain          (not configured)",
                "Redirect URI           (not configured)",
                "Title                  (not configured)",
                "ClientSecret           (not configured)",
                "SecondaryClientSecret  (not configured)",
                "Add-in version         (not configured)"),
                lines);
    }

    @Test
    void secretWithoutEndDate() {
        // given
        Registration registration = withSecrets(Optional.of(primary(null)), Optional.empty());

        // when
        List<String> lines = RegistrationSummary.lines(registration, TODAY);

        // then
        assertEquals("ClientSecret           " + sha256Prefix(CANARY) + ", no end date recorded, from environment variable"
                + " ADDIN_CLIENT_SECRET", lines.get(4));
        assertEquals("SecondaryClientSecret  (not configured)", lines.get(5));
    }

    @Test
    void secretWithOneDayLeft() {
        // given
        Registration registration = withSecrets(Optional.of(primary(LocalDate.of(2026, 6, 2))), Optional.empty());

        // when / then
        assertEquals("ClientSecret           " + sha256Prefix(CANARY) + ", ends 2026-06-02 (1 day left), from environment variable"
                + " ADDIN_CLIENT_SECRET", RegistrationSummary.lines(registration, TODAY).get(4));
    }

    @Test
    void secretThatEnded() {
        // given
        Registration registration = withSecrets(Optional.of(primary(LocalDate.of(2026, 5, 1))), Optional.empty());

        // when / then
        assertEquals("ClientSecret           " + sha256Prefix(CANARY) + ", ends 2026-05-01 (ended 31 days ago), from environment"
                + " variable ADDIN_CLIENT_SECRET", RegistrationSummary.lines(registration, TODAY).get(4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-06-01 | ended today
            2026-05-31 | ended 1 day ago
            2026-05-30 | ended 2 days ago
            """)
    void secretEndingTodayOrJustBeforeHasEnded(LocalDate end, String status) {
        // given an end date the check reports as expired
        Registration registration = withSecrets(Optional.of(primary(end)), Optional.empty());

        // when / then
        assertEquals("ClientSecret           " + sha256Prefix(CANARY) + ", ends " + end + " (" + status + "), from environment"
                + " variable ADDIN_CLIENT_SECRET", RegistrationSummary.lines(registration, TODAY).get(4));
    }
}
