package dev.addinreg.registration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A client secret as configured for a build: its value, its end date when recorded, and where it
 * came from.
 *
 * @param role whether it is the primary or the secondary secret
 * @param secret the secret
 * @param expires its end date, {@code null} when none was recorded
 * @param origin where the value came from (never the value)
 * @param starts when the secret was created, {@code null} when not recorded
 */
public record ConfiguredSecret(SecretRole role, ClientSecret secret, LocalDate expires, String origin, LocalDateTime starts) {

    /** A secret with no recorded start. */
    public ConfiguredSecret(SecretRole role, ClientSecret secret, LocalDate expires, String origin) {
        this(role, secret, expires, origin, null);
    }

    public Optional<LocalDateTime> startTime() {
        return Optional.ofNullable(starts);
    }

    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(expires);
    }

    /** Days from {@code today} to the end date: negative once it has passed. */
    public Optional<Long> daysLeft(LocalDate today) {
        return endDate().map(end -> ChronoUnit.DAYS.between(today, end));
    }
}
