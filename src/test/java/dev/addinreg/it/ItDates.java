package dev.addinreg.it;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

/**
 * The dates the ITs configure, relative to the day they run: the plugin measures expiry from the system
 * clock, and nothing moves it. Each IT's {@code prebuild.groovy} calls {@link #define(Properties)} with {@code context.userProperties}, which
 * sets user properties its {@code pom.xml} uses ({@code ${it.today+394}}); its {@code verify.groovy} reads
 * the same values back with {@link #day(Properties, int)} to assert the lines the plugin logs.
 */
public final class ItDates {
    /** The offsets in days from today that the ITs use: expired, ended, expiring, valid. */
    private static final int[] DAYS = {-31, -17, 0, 14, 19, 45, 121, 213, 394};
    /** A start two hours ago, to the minute: a client secret younger than a day. */
    public static final String TWO_HOURS_AGO = "it.now-2h";

    private ItDates() {
    }

    /** Sets {@code it.today}, {@code it.today+N} and {@code it.today-N} for each offset, and {@link #TWO_HOURS_AGO}. */
    public static void define(Properties userProperties) {
        LocalDate today = LocalDate.now();
        for (int days : DAYS) {
            userProperties.setProperty(name(days), today.plusDays(days).toString());
        }
        userProperties.setProperty(TWO_HOURS_AGO, LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString());
    }

    /** The date {@code days} from the day the IT ran, as {@link #define} set it. */
    public static String day(Properties userProperties, int days) {
        String value = userProperties.getProperty(name(days));
        if (value == null) {
            throw new AssertionError("no " + name(days) + ": the IT's prebuild.groovy must call ItDates.define(userProperties)");
        }
        return value;
    }

    private static String name(int days) {
        return days == 0 ? "it.today" : "it.today" + (days > 0 ? "+" : "") + days;
    }
}
