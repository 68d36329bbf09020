package dev.addinreg.registration;

import static dev.addinreg.registration.TestSecrets.CANARY;
import static dev.addinreg.registration.TestSecrets.ROTATED;
import static dev.addinreg.registration.TestSecrets.assertNoPartOf;
import static dev.addinreg.registration.TestSecrets.sha256Prefix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSecretTest {
    private static final String EXPECTED =
            "base64 with no whitespace (AppRegNew makes 44 characters), since TokenHelper decodes it with Convert.FromBase64String";
    private static final String WHITESPACE_FIX =
            "remove the whitespace; a secret copied with a line break or a trailing space looks like this";
    private static final String BASE64_FIX =
            "copy the secret again, whole, from where it was generated (AppRegNew.aspx shows it once)";

    @Test
    void acceptsAppRegNewSecret() {
        // when
        ClientSecret secret = ClientSecret.parse(CANARY);

        // then
        assertEquals(44, CANARY.length());
        assertEquals(CANARY, secret.reveal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAAA", "AAA=", "AA==", "ab+/", "Zm9vYmFy", "Zm9vYg==", "Zm9vYmE="})
    void acceptsOtherBase64(String raw) {
        // when / then
        assertEquals(raw, ClientSecret.parse(raw).reveal());
    }

    @Test
    void fingerprintIsSha256PrefixOfTheValue() {
        // given
        String expected = sha256Prefix(CANARY);

        // when
        String fingerprint = ClientSecret.parse(CANARY).fingerprint();

        // then
        assertTrue(fingerprint.matches("sha256:[0-9a-f]{8}"), fingerprint);
        assertEquals(expected, fingerprint);
        assertEquals(expected, Secret.fingerprintOf(CANARY));
        assertNotEquals(fingerprint, ClientSecret.parse(ROTATED).fingerprint());
    }

    @Test
    void fingerprintOfKnownValue() {
        // given SHA-256("abc") = ba7816bf 8f01cfea ...
        // when / then
        assertEquals("sha256:ba7816bf", Secret.fingerprintOf("abc"));
    }

    @Test
    void showsFingerprintAndLengthNeverTheValue() {
        // given
        ClientSecret secret = ClientSecret.parse(CANARY);
        String fingerprint = sha256Prefix(CANARY);

        // when / then
        assertEquals("ClientSecret[" + fingerprint + "]", secret.toString());
        assertEquals("a hidden value (" + fingerprint + ", 44 characters)", secret.masked());
        assertEquals("a hidden value (" + fingerprint + ", 44 characters)", Secret.of(CANARY).masked());
        assertNoPartOf(CANARY, secret.toString());
        assertNoPartOf(CANARY, secret.masked());
        assertNoPartOf(CANARY, secret.fingerprint());
        assertNoPartOf(CANARY, String.valueOf(secret));
    }

    @Test
    void rejectsEmpty() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientSecret.parse(""));

        // then
        assertEquals("the client secret is empty. Found an empty value; expected " + EXPECTED
                + ". Fix: set the secret AppRegNew.aspx generated for this client ID", e.getMessage());
    }

    @Test
    void rejectsNull() {
        // when
        NullPointerException e = assertThrows(NullPointerException.class, () -> ClientSecret.parse(null));

        // then
        assertEquals("raw", e.getMessage());
    }

    static Stream<Arguments> whitespace() {
        return Stream.of(
                Arguments.of(" " + CANARY, 1),
                Arguments.of(CANARY.substring(0, 10) + " " + CANARY.substring(10), 11),
                Arguments.of(CANARY + "\n", 45),
                Arguments.of(CANARY + "\r\n", 45),
                Arguments.of(CANARY.substring(0, 20) + "\t" + CANARY.substring(20), 21));
    }

    @ParameterizedTest
    @MethodSource("whitespace")
    void rejectsWhitespaceNamingItsPositionNotTheValue(String raw, int position) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientSecret.parse(raw));

        // then
        assertEquals("the client secret has whitespace (at character " + position + "). Found a hidden value ("
                + sha256Prefix(raw) + ", " + raw.length() + " characters); expected " + EXPECTED + ". Fix: " + WHITESPACE_FIX,
                e.getMessage());
        assertNoPartOf(CANARY, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void rejectsLengthNotAMultipleOf4(int cut) {
        // given
        String raw = CANARY.substring(0, CANARY.length() - cut);

        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientSecret.parse(raw));

        // then
        assertEquals("the client secret is not base64 (its length, " + raw.length() + ", is not a multiple of 4). Found a hidden"
                + " value (" + sha256Prefix(raw) + ", " + raw.length() + " characters); expected " + EXPECTED + ". Fix: " + BASE64_FIX,
                e.getMessage());
        assertNoPartOf(raw, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ab!d | 3
            ab-d | 3
            ab_d | 3
            abc. | 4
            =AAA | 1
            A=AA | 2
            A=A= | 2
            A=== | 2
            ==== | 1
            äbcd | 1
            """)
    void rejectsCharacterOutsideBase64(String raw, int position) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientSecret.parse(raw));

        // then
        assertEquals("the client secret is not base64 (character " + position + " is not one of A-Z a-z 0-9 + / or final = padding)."
                + " Found a hidden value (" + sha256Prefix(raw) + ", 4 characters); expected " + EXPECTED + ". Fix: " + BASE64_FIX,
                e.getMessage());
    }

    @Test
    void rejectsBadCharacterInsideTheCanaryWithoutShowingIt() {
        // given the canary with its 30th character made a base64url '-'
        String raw = CANARY.substring(0, 29) + "-" + CANARY.substring(30);

        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientSecret.parse(raw));

        // then
        assertEquals("the client secret is not base64 (character 30 is not one of A-Z a-z 0-9 + / or final = padding)."
                + " Found a hidden value (" + sha256Prefix(raw) + ", 44 characters); expected " + EXPECTED + ". Fix: " + BASE64_FIX,
                e.getMessage());
        assertNoPartOf(raw, e.getMessage());
    }

    static Stream<String> canaryMadeInvalid() {
        return Stream.of(
                CANARY + "A",
                CANARY + "AB",
                CANARY + "!!!!",
                CANARY + "QUJD",
                CANARY + " ",
                CANARY + "\n",
                " " + CANARY,
                CANARY + CANARY,
                CANARY.replace('=', '-'),
                CANARY.substring(0, 43));
    }

    @ParameterizedTest
    @MethodSource("canaryMadeInvalid")
    void noMessageShowsAnyPartOfAnInvalidSecret(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientSecret.parse(raw));
        Problem problem = e.at(Severity.ERROR, "environment variable ADDIN_CLIENT_SECRET");

        // then
        assertNoPartOf(CANARY, e.getMessage());
        assertNoPartOf(CANARY, e.toString());
        assertNoPartOf(CANARY, problem.message());
        assertNoPartOf(CANARY, problem.toString());
        assertNoPartOf(raw.strip(), e.getMessage());
    }

    @Test
    void appendedCharactersReportTheirPositionOnly() {
        // given the canary with 4 more characters: a multiple of 4, but its '=' is no longer final
        String raw = CANARY + "!!!!";

        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientSecret.parse(raw));

        // then
        assertEquals("the client secret is not base64 (character 44 is not one of A-Z a-z 0-9 + / or final = padding)."
                + " Found a hidden value (" + sha256Prefix(raw) + ", 48 characters); expected " + EXPECTED + ". Fix: " + BASE64_FIX,
                e.getMessage());
    }

    @Test
    void equalsComparesValues() {
        // given
        ClientSecret secret = ClientSecret.parse(CANARY);
        ClientSecret same = ClientSecret.parse(new String(CANARY.toCharArray()));
        ClientSecret other = ClientSecret.parse(ROTATED);

        // when / then
        assertTrue(secret.sameValueAs(same));
        assertTrue(same.sameValueAs(secret));
        assertFalse(secret.sameValueAs(other));
        assertEquals(secret, same);
        assertEquals(secret.hashCode(), same.hashCode());
        assertNotEquals(secret, other);
        assertNotEquals(secret, CANARY);
        assertNotEquals(null, secret);
    }

    @Test
    void sameValueAsTellsAPrefixApart() {
        // given two secrets of which one starts with the other
        ClientSecret shorter = ClientSecret.parse("AAAA");
        ClientSecret longer = ClientSecret.parse("AAAAAAAA");

        // when / then
        assertFalse(shorter.sameValueAs(longer));
        assertFalse(longer.sameValueAs(shorter));
    }
}
