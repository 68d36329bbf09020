package dev.addinreg.registration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A secret's text as it was given, checked or not: a client secret from the environment, a password from
 * {@code settings.xml}. It shows itself only as a fingerprint ({@link #toString()}, so also in records that
 * hold it and in failed assertions); its value leaves it only through {@link #reveal()}.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** The secret {@code value}; {@code null} stays {@code null}, for a source that gave none. */
    public static Secret of(String value) {
        return value == null ? null : new Secret(value);
    }

    /** The value, for the one place that writes it or checks it. Never log or show it. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** {@code sha256:} and the first 8 hex digits of the value's SHA-256: safe to show. */
    public String fingerprint() {
        return fingerprintOf(value);
    }

    /** How the secret is shown in a message: its fingerprint and length, never the value. */
    public String masked() {
        return "a hidden value (" + fingerprint() + ", " + value.length() + " characters)";
    }

    /** The fingerprint of any text that stands where a secret should be. */
    public static String fingerprintOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the two secrets hold the same value, compared in constant time. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return Objects.hash(fingerprint());
    }

    @Override
    public String toString() {
        return "Secret[" + fingerprint() + "]";
    }
}
