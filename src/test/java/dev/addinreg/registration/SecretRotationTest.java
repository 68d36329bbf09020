package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SecretRotationTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 12, 0);
    private static final ClientSecret NEW = ClientSecret.parse("Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=");
    private static final ClientSecret OLD = ClientSecret.parse("ZGlmZmVyZW50LXRlc3Qtc2VjcmV0LXZhbHVlLTAwMQ==");

    private static Registration registration(LocalDateTime primaryStarts, LocalDate secondaryEnds, boolean secondary) {
        ConfiguredSecret primary = new ConfiguredSecret(SecretRole.PRIMARY, NEW, LocalDate.of(2027, 6, 1),
                "environment variable ADDIN_CLIENT_SECRET", primaryStarts);
        Optional<ConfiguredSecret> old = secondary ? Optional.of(new ConfiguredSecret(SecretRole.SECONDARY, OLD, secondaryEnds,
                "environment variable ADDIN_SECONDARY_CLIENT_SECRET")) : Optional.empty();
        return new Registration(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(primary), old);
    }

    @Test
    void aNewSecretWithNothingToFallBackOnWarns() {
        List<Problem> problems = SecretRotation.check(registration(NOW.minusHours(5), null, false), NOW, 24);

        assertEquals(List.of("WARNING environment variable ADDIN_CLIENT_SECRET: the client secret (sha256:143c5ada) started 5 hours"
                + " ago and no valid secondary client secret is configured. Found start 2026-06-01T07:00; expected the previous"
                + " secret kept as the secondary client secret for 24 hours (newSecretDelayHours). Fix: a new secret can take up"
                + " to a day to be accepted; keep the old one as secondaryClientSecret until then"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void aNewSecretWithTheOldOneStillValidAsSecondaryPasses() {
        assertEquals(List.of(), SecretRotation.check(registration(NOW.minusHours(5), LocalDate.of(2026, 9, 30), true), NOW, 24));
        assertEquals(List.of(), SecretRotation.check(registration(NOW.minusHours(5), null, true), NOW, 24),
                "a secondary with no end date counts as valid");
    }

    @Test
    void aNewSecretWhoseSecondaryHasEndedWarns() {
        assertEquals(1, SecretRotation.check(registration(NOW.minusHours(1), LocalDate.of(2026, 5, 1), true), NOW, 24).size());
    }

    @Test
    void aSecretOlderThanTheDelayPasses() {
        assertEquals(List.of(), SecretRotation.check(registration(NOW.minusHours(24), null, false), NOW, 24));
        assertEquals(1, SecretRotation.check(registration(NOW.minusHours(30), null, false), NOW, 48).size(),
                "30 hours is still within a 48-hour delay");
    }

    @Test
    void aSecretWithNoRecordedStartIsNotJudged() {
        assertEquals(List.of(), SecretRotation.check(registration(null, null, false), NOW, 24));
    }
}
