package dev.addinreg.registration;

/**
 * One raw value as the user gave it, with where it came from.
 *
 * @param origin where the value was given, as a user recognises it: a parameter and its property,
 *     an environment variable, a {@code settings.xml} server
 * @param value the value as given; {@code null} when it was not given
 */
public record Setting(String origin, String value) {

    public static Setting absent(String origin) {
        return new Setting(origin, null);
    }

    public boolean isPresent() {
        return value != null;
    }
}
