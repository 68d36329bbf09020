package dev.addinreg.registration;

import java.util.Objects;

/**
 * A client secret: base64, as TokenHelper decodes it with {@code Convert.FromBase64String}. Its
 * value leaves this class only through {@link #reveal()}, for the one place that writes it into
 * {@code web.config}; {@link #toString()}, {@link #fingerprint()} and every exception show a
 * SHA-256 fingerprint prefix instead.
 */
public final class ClientSecret {
    private static final String EXPECTED =
            "base64 with no whitespace (AppRegNew makes 44 characters), since TokenHelper decodes it with Convert.FromBase64String";

    private final Secret value;

    private ClientSecret(Secret value) {
        this.value = value;
    }

    /**
     * Checks a client secret. The exception, if any, never holds the value.
     *
     * @throws InvalidValueException naming what is wrong, with the value masked
     */
    public static ClientSecret parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.isEmpty()) {
            throw new InvalidValueException("the client secret is empty", "an empty value", EXPECTED,
                    "set the secret AppRegNew.aspx generated for this client ID");
        }
        String masked = Secret.of(raw).masked();
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isWhitespace(raw.charAt(i))) {
                throw new InvalidValueException("the client secret has whitespace (at character " + (i + 1) + ")", masked,
                        EXPECTED, "remove the whitespace; a secret copied with a line break or a trailing space looks like this");
            }
        }
        String reason = base64Problem(raw);
        if (reason != null) {
            throw new InvalidValueException("the client secret is not base64 (" + reason + ")", masked, EXPECTED,
                    "copy the secret again, whole, from where it was generated (AppRegNew.aspx shows it once)");
        }
        return new ClientSecret(Secret.of(raw));
    }

    /** Why {@code text} is not what {@code Convert.FromBase64String} accepts, or {@code null}. */
    private static String base64Problem(String text) {
        if (text.length() % 4 != 0) {
            return "its length, " + text.length() + ", is not a multiple of 4";
        }
        int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
        for (int i = 0; i < text.length() - padding; i++) {
            char c = text.charAt(i);
            boolean base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!base64) {
                return "character " + (i + 1) + " is not one of A-Z a-z 0-9 + / or final = padding";
            }
        }
        return null;
    }

    /** The value, for writing it into the file that needs it. Never log or show it. */
    public String reveal() {
        return value.reveal();
    }

    /** {@code sha256:} and the first 8 hex digits of the value's SHA-256: safe to show. */
    public String fingerprint() {
        return value.fingerprint();
    }

    /** How the secret is shown in a message: its fingerprint and length, never the value. */
    public String masked() {
        return value.masked();
    }

    /** Whether the two secrets hold the same value, compared in constant time. */
    public boolean sameValueAs(ClientSecret other) {
        return value.equals(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientSecret secret && sameValueAs(secret);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ClientSecret[" + fingerprint() + "]";
    }
}
