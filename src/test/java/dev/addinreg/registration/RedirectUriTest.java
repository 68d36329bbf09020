package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectUriTest {
    private static final String EXPECTED = "an absolute https URI such as https://addin.contoso.com/Pages/Default.aspx";

    @ParameterizedTest
    @ValueSource(strings = {
        "https://addin.contoso.com/Pages/Default.aspx",
        "https://addin.contoso.com",
        "https://addin.contoso.com:8443/Pages/Default.aspx?SPHostUrl=x#top",
        "HTTPS://addin.contoso.com/"
    })
    void acceptsAbsoluteHttpsUri(String raw) {
        // when
        RedirectUri redirect = RedirectUri.parse(raw);

        // then
        assertEquals(URI.create(raw), redirect.uri());
        assertEquals(raw, redirect.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://addin.contoso.com/Pages/Default.aspx | https://addin.contoso.com/Pages/Default.aspx
            HTTP://addin.contoso.com:8080/              | https://addin.contoso.com:8080/
            """)
    void rejectsHttpAndShowsTheHttpsVariant(String raw, String https) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RedirectUri.parse(raw));

        // then
        assertEquals("the redirect URI uses http. Found \"" + raw + "\"; expected " + EXPECTED
                + " (SharePoint sends authorization codes only over https). Fix: use \"" + https + "\"", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Pages/Default.aspx", "addin.contoso.com/Pages/Default.aspx", "Default.aspx", "//addin.contoso.com/"})
    void rejectsRelativeUri(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RedirectUri.parse(raw));

        // then
        assertEquals("the redirect URI is relative. Found \"" + raw + "\"; expected " + EXPECTED
                + ". Fix: write the whole URI, starting with https://", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            'https://addin.contoso.com/a b'  | Illegal character in path at index 27
            'https://addin.contoso.com/a|b'  | Illegal character in path at index 27
            'https://'                       | Expected authority at index 8
            'ht tp://addin.contoso.com/'     | Illegal character in scheme name at index 2
            '://addin.contoso.com/'          | Expected scheme name at index 0
            """)
    void rejectsMalformedUriAndSaysWhere(String raw, String reason) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RedirectUri.parse(raw));

        // then
        assertEquals("the redirect URI is malformed (" + reason + "). Found \"" + raw + "\"; expected " + EXPECTED
                + ". Fix: escape or remove the offending character", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://addin.contoso.com/", "file:///C:/addin/Default.aspx", "mailto:admin@contoso.com", "wss://addin.contoso.com/"})
    void rejectsOtherSchemes(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RedirectUri.parse(raw));

        // then
        assertEquals("the redirect URI is not an https URI. Found \"" + raw + "\"; expected " + EXPECTED
                + ". Fix: use the https address of the remote web application", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https:///Pages/Default.aspx", "https:addin.contoso.com", "https://my_addin.contoso.com/"})
    void rejectsUriWithoutHost(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RedirectUri.parse(raw));

        // then
        assertEquals("the redirect URI has no host. Found \"" + raw + "\"; expected " + EXPECTED
                + ". Fix: write it as https://host/path", e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingValue(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> RedirectUri.parse(raw));

        // then
        assertEquals("the redirect URI is empty. Found \"\"; expected " + EXPECTED
                + ". Fix: set the redirect URI registered on AppRegNew.aspx, or leave the parameter out", e.getMessage());
    }

    @Test
    void constructorChecksLikeParse() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new RedirectUri(URI.create("http://addin.contoso.com/")));

        // then
        assertEquals("the redirect URI uses http. Found \"http://addin.contoso.com/\"; expected " + EXPECTED
                + " (SharePoint sends authorization codes only over https). Fix: use \"https://addin.contoso.com/\"", e.getMessage());
    }
}
