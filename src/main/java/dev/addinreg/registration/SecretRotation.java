package dev.addinreg.registration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rotating a secret without downtime, as Microsoft describes it: the new secret becomes the client
 * secret and the old one stays as the secondary until it ends. A new secret can take up to a day to be
 * accepted everywhere; until then the old one must still be there to fall back on.
 */
public final class SecretRotation {

    private SecretRotation() {
    }

    /**
     * Warns when the client secret started less than {@code delayHours} ago and no valid secondary secret
     * is configured.
     */
    public static List<Problem> check(Registration registration, LocalDateTime now, int delayHours) {
        List<Problem> problems = new ArrayList<>();
        Optional<ConfiguredSecret> primary = registration.primary();
        if (primary.isEmpty() || primary.get().startTime().isEmpty()) {
            return problems;
        }
        long hours = Duration.between(primary.get().startTime().get(), now).toHours();
        LocalDate today = now.toLocalDate();
        boolean fallback = registration.secondary().map(s -> s.daysLeft(today).map(days -> days > 0).orElse(true)).orElse(false);
        if (hours >= 0 && hours < delayHours && !fallback) {
            problems.add(Problem.warning(primary.get().origin(), "the client secret (" + primary.get().secret().fingerprint()
                    + ") started " + hours + (hours == 1 ? " hour" : " hours") + " ago and no valid secondary client secret"
                    + " is configured", "start " + primary.get().startTime().get(),
                    "the previous secret kept as the secondary client secret for " + delayHours + " hours (newSecretDelayHours)",
                    "a new secret can take up to a day to be accepted; keep the old one as secondaryClientSecret until then"));
        }
        return problems;
    }
}
