package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvalidValueExceptionTest {

    @Test
    void messageHasWhatFoundExpectedAndFix() {
        // when
        InvalidValueException e = new InvalidValueException("the title is blank", "\" \"", "1 to 256 characters", "set the title");

        // then
        assertEquals("the title is blank. Found \" \"; expected 1 to 256 characters. Fix: set the title", e.getMessage());
        assertInstanceOf(IllegalArgumentException.class, e);
    }

    @Test
    void becomesProblemAtAPlace() {
        // given
        InvalidValueException e = new InvalidValueException("the title is blank", "\" \"", "1 to 256 characters", "set the title");

        // when
        Problem problem = e.at(Severity.WARNING, "AppManifest.xml:4 Properties/Title");

        // then
        assertEquals(Problem.warning("AppManifest.xml:4 Properties/Title", "the title is blank", "\" \"", "1 to 256 characters",
                "set the title"), problem);
        assertEquals("AppManifest.xml:4 Properties/Title: the title is blank. Found \" \"; expected 1 to 256 characters."
                + " Fix: set the title", problem.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            'abc'          | '"abc"'
            ''             | '""'
            'say "hi"'     | '"say \\"hi\\""'
            'C:\\dir'      | '"C:\\\\dir"'
            'bücher'       | '"bücher"'
            """)
    void quotesAndEscapes(String raw, String quoted) {
        // when / then
        assertEquals(quoted, InvalidValueException.quoted(raw));
    }

    @Test
    void quotesControlCharactersAsEscapes() {
        // when / then
        assertEquals("\"a\\u0009b\\u000d\\u000ac\\u007f\\u0000\"", InvalidValueException.quoted("a\tb\r\nc\u007f\u0000"));
    }

    @Test
    void quotesCharactersOutsideTheBmpWhole() {
        // when / then
        assertEquals("\"\uD83D\uDCB6\"", InvalidValueException.quoted("\uD83D\uDCB6"));
    }
}
