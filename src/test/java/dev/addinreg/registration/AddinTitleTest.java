package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddinTitleTest {
    private static final String EXPECTED = "1 to 256 characters with no whitespace around them";
    private static final String BLANK_FIX = "set the title users see in the SharePoint store and site contents";

    @Test
    void acceptsTitle() {
        // when
        AddinTitle title = AddinTitle.parse("Contoso Expenses");

        // then
        assertEquals("Contoso Expenses", title.value());
        assertEquals("Contoso Expenses", title.toString());
    }

    @Test
    void acceptsOneCharacter() {
        // when / then
        assertEquals("X", AddinTitle.parse("X").value());
    }

    @Test
    void acceptsExactly256Characters() {
        // given
        String raw = "t".repeat(256);

        // when / then
        assertEquals(raw, AddinTitle.parse(raw).value());
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // given 256 characters outside the BMP: 512 UTF-16 units
        String raw = "\uD83D\uDCB6".repeat(256);

        // when / then
        assertEquals(raw, AddinTitle.parse(raw).value());
    }

    @Test
    void rejects257Characters() {
        // given
        String raw = "t".repeat(257);

        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AddinTitle.parse(raw));

        // then the value is cut to 40 characters in the message
        assertEquals("the title is longer than 256 characters. Found \"" + "t".repeat(40) + "...\" (257 characters); expected "
                + EXPECTED + ". Fix: shorten the title", e.getMessage());
    }

    @Test
    void rejectsNull() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AddinTitle.parse(null));

        // then
        assertEquals("the title is blank. Found \"\"; expected " + EXPECTED + ". Fix: " + BLANK_FIX, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''      | '""'
            ' '     | '" "'
            '   '   | '"   "'
            '\t'    | '"\\u0009"'
            """)
    void rejectsBlank(String raw, String found) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AddinTitle.parse(raw));

        // then
        assertEquals("the title is blank. Found " + found + "; expected " + EXPECTED + ". Fix: " + BLANK_FIX, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ' Contoso Expenses'  | '" Contoso Expenses"'
            'Contoso Expenses '  | '"Contoso Expenses "'
            ' Contoso Expenses ' | '" Contoso Expenses "'
            """)
    void rejectsLeadingOrTrailingWhitespace(String raw, String found) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AddinTitle.parse(raw));

        // then
        assertEquals("the title has whitespace around it. Found " + found + "; expected " + EXPECTED
                + ". Fix: use \"Contoso Expenses\"", e.getMessage());
    }

    @Test
    void rejectsTrailingLineBreakShowingItEscaped() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AddinTitle.parse("Contoso Expenses\n"));

        // then
        assertEquals("the title has whitespace around it. Found \"Contoso Expenses\\u000a\"; expected " + EXPECTED
                + ". Fix: use \"Contoso Expenses\"", e.getMessage());
    }

    @Test
    void constructorChecksLikeParse() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new AddinTitle(" "));

        // then
        assertEquals("the title is blank. Found \" \"; expected " + EXPECTED + ". Fix: " + BLANK_FIX, e.getMessage());
    }
}
