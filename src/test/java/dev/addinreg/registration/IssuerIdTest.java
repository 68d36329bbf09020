package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IssuerIdTest {
    private static final String EXPECTED = "a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";

    @Test
    void aLowercaseGuidIsAnIssuerId() {
        assertEquals("11111111-1111-1111-1111-11111111abcd", IssuerId.parse("11111111-1111-1111-1111-11111111abcd").value());
    }

    @Test
    void uppercaseLettersAreRefusedWithTheLowercaseValueAsTheFix() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> IssuerId.parse("11111111-1111-1111-1111-11111111ABCD"));
        assertEquals("the issuer ID has uppercase letters. Found \"11111111-1111-1111-1111-11111111ABCD\"; expected " + EXPECTED
                + " (Microsoft's documentation says the issuer ID must be lowercase). Fix: use"
                + " \"11111111-1111-1111-1111-11111111abcd\"", e.getMessage());
    }

    @Test
    void bracesAndWhitespaceAreRefusedWithTheValueToUse() {
        assertEquals("the issuer ID has braces. Found \"{11111111-1111-1111-1111-11111111ABCD}\"; expected " + EXPECTED
                + ", without braces. Fix: use \"11111111-1111-1111-1111-11111111abcd\"",
                assertThrows(InvalidValueException.class, () -> IssuerId.parse("{11111111-1111-1111-1111-11111111ABCD}")).getMessage());
        assertEquals("the issuer ID has whitespace around it. Found \" 11111111-1111-1111-1111-111111111111\"; expected " + EXPECTED
                + ". Fix: use \"11111111-1111-1111-1111-111111111111\"",
                assertThrows(InvalidValueException.class, () -> IssuerId.parse(" 11111111-1111-1111-1111-111111111111")).getMessage());
    }

    @Test
    void anEmptyValueOrOneThatIsNoGuidSaysWhereTheIdComesFrom() {
        assertEquals("the issuer ID is empty. Found \"\"; expected " + EXPECTED + ". Fix: set the issuer ID: the client ID when"
                + " the add-in has its own certificate, else the ID the farm's token issuer was registered with"
                + " (New-SPTrustedSecurityTokenIssuer)", assertThrows(InvalidValueException.class, () -> IssuerId.parse("")).getMessage());
        assertEquals("the issuer ID is not a GUID. Found \"contoso-issuer\"; expected " + EXPECTED + ". Fix: copy the issuer ID the"
                + " token issuer was registered with; it has 32 hex digits in groups of 8-4-4-4-12",
                assertThrows(InvalidValueException.class, () -> IssuerId.parse("contoso-issuer")).getMessage());
    }
}
