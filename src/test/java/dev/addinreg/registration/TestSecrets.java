package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Secrets the tests use, and an independent way to compute the fingerprint the code should show. */
public final class TestSecrets {
    /** The canary: base64 of "CANARY-addinreg-canary-secret-01". No message may ever contain it. */
    public static final String CANARY = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";
    /** A second valid secret: base64 of "ROTATE-addinreg-second-secret-02". */
    public static final String ROTATED = "Uk9UQVRFLWFkZGlucmVnLXNlY29uZC1zZWNyZXQtMDI=";

    private TestSecrets() {
    }

    /** {@code sha256:} and the first 4 bytes of the SHA-256 of the UTF-8 text, in lowercase hex. */
    public static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("sha256:");
            for (int i = 0; i < 4; i++) {
                hex.append(String.format("%02x", digest[i] & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Fails when {@code shown} holds {@code secret} or any 8-character piece of it. The failure names
     * the piece's position only, so a failing test does not print the secret either.
     */
    public static void assertNoPartOf(String secret, String shown) {
        for (int i = 0; i + 8 <= secret.length(); i++) {
            int at = i;
            assertFalse(shown.contains(secret.substring(i, i + 8)),
                    () -> "the 8 characters of the secret from index " + at + " are shown (in a text of " + shown.length() + " characters)");
        }
    }
}
