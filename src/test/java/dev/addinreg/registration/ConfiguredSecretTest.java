package dev.addinreg.registration;

import static dev.addinreg.registration.TestSecrets.CANARY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfiguredSecretTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2027-06-01 | 365
            2026-06-02 | 1
            2026-06-01 | 0
            2026-05-31 | -1
            2025-06-01 | -365
            """)
    void daysLeftFromToday(LocalDate end, long days) {
        // given
        ConfiguredSecret secret = new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), end, "environment variable X");

        // when / then
        assertEquals(Optional.of(end), secret.endDate());
        assertEquals(Optional.of(days), secret.daysLeft(TODAY));
    }

    @Test
    void noEndDate() {
        // given
        ConfiguredSecret secret = new ConfiguredSecret(SecretRole.SECONDARY, ClientSecret.parse(CANARY), null, "environment variable X");

        // when / then
        assertEquals(Optional.empty(), secret.endDate());
        assertEquals(Optional.empty(), secret.daysLeft(TODAY));
    }
}
