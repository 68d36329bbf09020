package dev.addinreg.registration;

/**
 * One secret as the user gave it, with where it came from. It prints the secret's fingerprint only.
 *
 * @param origin where the secret was given, as a user recognises it: an environment variable, a
 *     {@code settings.xml} server, a user property
 * @param value the secret; {@code null} when that source gave none
 */
public record SecretSetting(String origin, Secret value) {

    public static SecretSetting absent(String origin) {
        return new SecretSetting(origin, null);
    }

    public boolean isPresent() {
        return value != null;
    }
}
