package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIdTest {
    private static final String ID = "9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a";
    private static final String EXPECTED = "a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";

    @Test
    void acceptsLowercaseGuid() {
        // when
        ClientId id = ClientId.parse(ID);

        // then
        assertEquals(ID, id.value());
        assertEquals(ID, id.toString());
        assertEquals(new ClientId(ID), id);
    }

    @Test
    void acceptsDigitsOnlyGuid() {
        // given a GUID without letters, so nothing to lowercase
        String digits = "12345678-1234-1234-1234-123456789012";

        // when / then
        assertEquals(digits, ClientId.parse(digits).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            9B1D5F2E-3C4A-4E8B-A1D2-7F6E5D4C3B2A | 9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a
            9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2A | 9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a
            """)
    void rejectsUppercaseAndShowsTheLowercaseValue(String raw, String lower) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientId.parse(raw));

        // then
        assertEquals("the client ID has uppercase letters. Found \"" + raw + "\"; expected " + EXPECTED
                + " (SharePoint answers 401 Unauthorized to an uppercase client ID). Fix: use \"" + lower + "\"", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a} | 9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a
            {9B1D5F2E-3C4A-4E8B-A1D2-7F6E5D4C3B2A} | 9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a
            """)
    void rejectsBracesAndShowsTheBareLowercaseValue(String raw, String fixed) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientId.parse(raw));

        // then
        assertEquals("the client ID has braces. Found \"" + raw + "\"; expected " + EXPECTED
                + ", without braces. Fix: use \"" + fixed + "\"", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ' 9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a'   | '" 9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a"'
            '9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a '   | '"9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a "'
            ' 9B1D5F2E-3C4A-4E8B-A1D2-7F6E5D4C3B2A '  | '" 9B1D5F2E-3C4A-4E8B-A1D2-7F6E5D4C3B2A "'
            ' {9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a}' | '" {9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a}"'
            """)
    void rejectsSurroundingWhitespaceAndShowsTheCanonicalValue(String raw, String found) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientId.parse(raw));

        // then
        assertEquals("the client ID has whitespace around it. Found " + found + "; expected " + EXPECTED
                + ". Fix: use \"" + ID + "\"", e.getMessage());
    }

    @Test
    void rejectsLineBreakAndShowsItEscaped() {
        // given an ID copied with its line end
        String raw = ID + "\r\n";

        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientId.parse(raw));

        // then
        assertEquals("the client ID has whitespace around it. Found \"" + ID + "\\u000d\\u000a\"; expected " + EXPECTED
                + ". Fix: use \"" + ID + "\"", e.getMessage());
    }

    @Test
    void rejectsPlaceholder() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientId.parse("*"));

        // then
        assertEquals("the client ID is the placeholder *. Found \"*\"; expected " + EXPECTED
                + ". Fix: set the client ID AppRegNew.aspx gave for this add-in; * must never ship", e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingValue(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientId.parse(raw));

        // then
        assertEquals("the client ID is empty. Found \"\"; expected " + EXPECTED
                + ". Fix: set the client ID AppRegNew.aspx gave for this add-in", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "9b1d5f2-3c4a-4e8b-a1d2-7f6e5d4c3b2a",     // first group of 7
        "9b1d5f2ee-3c4a-4e8b-a1d2-7f6e5d4c3b2a",   // first group of 9
        "9b1d5f2e-3c4-4e8b-a1d2-7f6e5d4c3b2a",     // second group of 3
        "9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2",     // last group of 11
        "9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a0",   // last group of 13
        "9b1d5f2e3c4a4e8ba1d27f6e5d4c3b2a",        // no hyphens
        "9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a-",   // trailing hyphen
        "9b1d5f2g-3c4a-4e8b-a1d2-7f6e5d4c3b2a",    // g is not hex
        "9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2z",    // z is not hex
        "9b1d5f2e 3c4a 4e8b a1d2 7f6e5d4c3b2a",    // spaces for hyphens
        "{9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a",   // one brace
        "{}",
        "**",
        "contoso"
    })
    void rejectsWhatIsNotAGuid(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientId.parse(raw));

        // then
        assertEquals("the client ID is not a GUID. Found \"" + raw + "\"; expected " + EXPECTED
                + ". Fix: copy the client ID from AppRegNew.aspx or the Seller Dashboard; it has 32 hex digits in groups of 8-4-4-4-12",
                e.getMessage());
    }

    @Test
    void constructorChecksLikeParse() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new ClientId("9B1D5F2E-3C4A-4E8B-A1D2-7F6E5D4C3B2A"));

        // then
        assertEquals("the client ID has uppercase letters. Found \"9B1D5F2E-3C4A-4E8B-A1D2-7F6E5D4C3B2A\"; expected " + EXPECTED
                + " (SharePoint answers 401 Unauthorized to an uppercase client ID). Fix: use \"" + ID + "\"", e.getMessage());
    }

    @Test
    void problemCarriesTheSameParts() {
        // given
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ClientId.parse("*"));

        // when
        Problem problem = e.at(Severity.ERROR, "<clientId> (-Daddin.clientId)");

        // then
        assertEquals(new Problem(Severity.ERROR, "<clientId> (-Daddin.clientId)", "the client ID is the placeholder *", "\"*\"",
                EXPECTED, "set the client ID AppRegNew.aspx gave for this add-in; * must never ship"), problem);
    }
}
