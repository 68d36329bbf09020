package dev.addinreg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Fixed clocks for the tests: expiry is measured from a known day, whatever day the tests run. */
public final class FixedClock {
    /** The day the unit tests measure expiry from. */
    public static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private FixedClock() {
    }

    /** Noon (UTC) of {@link #DAY}. */
    public static Clock day() {
        return at(DAY);
    }

    /** Noon (UTC) of {@code day}. */
    public static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
