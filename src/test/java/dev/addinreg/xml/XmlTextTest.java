package dev.addinreg.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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
        assertEquals("https://addin.contoso.com", XmlText.escapeText("https://addin.contoso.com"));
    }

    @Test
    void escapesElementText() {
        // when / then
        assertEquals("Tom &amp; \"Jerry\" &lt;tj&gt;'s", XmlText.escapeText(VALUE));
    }

    @Test
    void unescapesEntityAndCharacterReferences() {
        // when / then
        assertEquals("&<>\"'AB\uD83D\uDE00", XmlText.unescape("&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;"));
    }

    @Test
    void keepsUnknownReferencesAndALoneAmpersand() {
        // when / then
        assertEquals("&nbsp;x", XmlText.unescape("&nbsp;x"));
        assertEquals("a & b", XmlText.unescape("a & b"));
    }

    @Test
    void returnsTextWithoutReferencesItself() {
        // given
        String raw = "ClientId";

        // when / then
        assertSame(raw, XmlText.unescape(raw));
    }

    @ParameterizedTest
    @ValueSource(chars = {'"', '\''})
    void unescapeUndoesEscape(char quote) {
        // given
        String value = VALUE + " &amp; \t\n\r ]]> &#65;";

        // when / then
        assertEquals(value, XmlText.unescape(XmlText.escapeAttribute(value, quote)));
        assertEquals(value, XmlText.unescape(XmlText.escapeText(value)));
    }
}
