package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlTextTest {
    private static final String VALUE = "Tom & \"Jerry\" <tj>'s";

    @Test
    void escapesForDoubleQuotes() {
        // when / then
        assertEquals("Tom &amp; &quot;Jerry&quot; &lt;tj&gt;'s", XmlText.escapeAttribute(VALUE, '"'));
    }

    @Test
    void escapesForSingleQuotes() {
        // when / then
        assertEquals("Tom &amp; \"Jerry\" &lt;tj&gt;&apos;s", XmlText.escapeAttribute(VALUE, '\''));
    }

    @Test
    void escapesWhitespaceThatAttributeNormalisationWouldLose() {
        // when / then
        assertEquals("a&#9;b&#10;c&#13;d", XmlText.escapeAttribute("a\tb\nc\rd", '"'));
    }

    @Test
    void leavesBase64AndGuidsAsTheyAre() {
        // when / then
        assertEquals("Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=",
                XmlText.escapeAttribute("Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=", '"'));
        assertEquals("https://addin.contoso.com", XmlText.escapeAttribute("https://addin.contoso.com", '\''));
    }

    @ParameterizedTest
    @ValueSource(chars = {'"', '\''})
    void theParserReadsBackTheValueEscaped(char quote) throws XmlFileException {
        // given
        String value = VALUE + " &amp; \t\n\r ]]> &#65;";

        // when
        String xml = "<a v=" + quote + XmlText.escapeAttribute(value, quote) + quote + "/>";

        // then
        assertEquals(value, XmlFile.parse("a.xml", xml.getBytes(StandardCharsets.UTF_8)).root().attributeValue("v"));
    }
}
