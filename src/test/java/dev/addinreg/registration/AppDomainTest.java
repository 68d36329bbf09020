package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AppDomainTest {
    private static final String EXPECTED = "a host name such as addin.contoso.com, with :port only when it is not 443";
    private static final String INTERNATIONAL_FIX =
            "serve the remote web application from an ASCII host name; SharePoint does not accept international add-in domains";

    @Test
    void acceptsHost() {
        // when
        AppDomain domain = AppDomain.parse("addin.contoso.com");

        // then
        assertEquals("addin.contoso.com", domain.host());
        assertEquals(443, domain.port());
        assertEquals("addin.contoso.com", domain.toString());
        assertEquals("https://addin.contoso.com", domain.origin());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "a.b", "addin-1.contoso.com", "10.0.0.1", "ADDIN.Contoso.COM"})
    void acceptsOtherHostNames(String raw) {
        // when
        AppDomain domain = AppDomain.parse(raw);

        // then the host is kept as written
        assertEquals(raw, domain.host());
        assertEquals(443, domain.port());
    }

    @Test
    void acceptsLongestLabel() {
        // given a label of 63 characters
        String host = "a".repeat(63) + ".contoso.com";

        // when / then
        assertEquals(host, AppDomain.parse(host).host());
    }

    @Test
    void acceptsHostWithPort() {
        // when
        AppDomain domain = AppDomain.parse("addin.contoso.com:8443");

        // then
        assertEquals("addin.contoso.com", domain.host());
        assertEquals(8443, domain.port());
        assertEquals("addin.contoso.com:8443", domain.toString());
        assertEquals("https://addin.contoso.com:8443", domain.origin());
        assertEquals(new AppDomain("addin.contoso.com", 8443), domain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"addin.contoso.com:1", "addin.contoso.com:65535"})
    void acceptsPortsAtTheEndsOfTheRange(String raw) {
        // when / then
        assertEquals(raw, AppDomain.parse(raw).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            addin.contoso.com:443   | addin.contoso.com
            addin.contoso.com:00443 | addin.contoso.com
            """)
    void rejectsDefaultPortAndSaysToDropIt(String raw, String host) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain names the default port 443. Found \"" + raw + "\"; expected " + EXPECTED
                + ". Fix: use \"" + host + "\"", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://x.com/                      | x.com
            https://x.com                       | x.com
            HTTPS://addin.contoso.com/Pages/a   | addin.contoso.com
            https://addin.contoso.com:443/      | addin.contoso.com
            https://addin.contoso.com:8443/path | addin.contoso.com:8443
            http://addin.contoso.com            | addin.contoso.com
            """)
    void rejectsSchemeAndNamesTheHost(String raw, String host) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain has a scheme. Found \"" + raw + "\"; expected " + EXPECTED
                + ", without https://. Fix: use \"" + host + "\"", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            addin.contoso.com/             | addin.contoso.com
            addin.contoso.com/Pages/a.aspx | addin.contoso.com
            addin.contoso.com:8443/x       | addin.contoso.com:8443
            """)
    void rejectsPathAndNamesTheHost(String raw, String host) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain has a path or '/'. Found \"" + raw + "\"; expected " + EXPECTED
                + ", with no path. Fix: use \"" + host + "\"", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bücher.example", "addin.контора.рф", "añadir.contoso.com:8443"})
    void rejectsNonAsciiName(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain is an international name. Found \"" + raw + "\"; expected " + EXPECTED
                + ", in ASCII letters, digits and hyphens. Fix: " + INTERNATIONAL_FIX, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xn--bcher-kva.example", "addin.XN--80ASEHDB", "Xn--bcher-kva.example:8443"})
    void rejectsPunycodeLabel(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain is an international name (an xn-- label). Found \"" + raw + "\"; expected " + EXPECTED
                + ", in ASCII letters, digits and hyphens. Fix: " + INTERNATIONAL_FIX, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "99999", "123456", "abc", "", "-1", "+8443", "8443x"})
    void rejectsBadPort(String port) {
        // given
        String raw = "addin.contoso.com:" + port;

        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain has a bad port. Found \"" + raw + "\"; expected " + EXPECTED
                + "; a port is a number from 1 to 65535. Fix: use \"addin.contoso.com\" for port 443, or"
                + " \"addin.contoso.com:<port>\" with the real port", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ' addin.contoso.com'   | '" addin.contoso.com"'   | addin.contoso.com
            'addin.contoso.com '   | '"addin.contoso.com "'   | addin.contoso.com
            'addin .contoso.com'   | '"addin .contoso.com"'   | addin .contoso.com
            """)
    void rejectsWhitespace(String raw, String found, String fix) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain has whitespace. Found " + found + "; expected " + EXPECTED
                + ". Fix: use \"" + fix + "\" if that is the host", e.getMessage());
    }

    @Test
    void rejectsLineBreakAndShowsItEscaped() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse("addin.contoso.com\n"));

        // then
        assertEquals("the add-in domain has whitespace. Found \"addin.contoso.com\\u000a\"; expected " + EXPECTED
                + ". Fix: use \"addin.contoso.com\" if that is the host", e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingValue(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain is empty. Found \"\"; expected " + EXPECTED
                + ". Fix: set the domain of the remote web application, as registered on AppRegNew.aspx", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "addin_contoso.com", "addin..contoso.com", ".contoso.com", "contoso.com.", "-addin.contoso.com",
        "addin-.contoso.com", "user@addin.contoso.com", "addin.contoso.com?x=1", ":8443", "a:b:8443"
    })
    void rejectsWhatIsNotAHostName(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain is not a host name. Found \"" + raw + "\"; expected " + EXPECTED
                + " (labels of letters, digits and inner hyphens, separated by single dots). Fix: use the host name of the"
                + " remote web application, without user, query or special characters", e.getMessage());
    }

    @Test
    void rejectsLabelLongerThan63() {
        // given
        String raw = "a".repeat(64) + ".contoso.com";

        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain is not a host name. Found \"" + raw + "\"; expected " + EXPECTED
                + " (labels of letters, digits and inner hyphens, separated by single dots). Fix: use the host name of the"
                + " remote web application, without user, query or special characters", e.getMessage());
    }

    @Test
    void acceptsHostOf253Characters() {
        // given 4 labels of 50, one of 45 and "com", with their dots: 253 characters
        String raw = ("b".repeat(50) + ".").repeat(4) + "c".repeat(45) + ".com";

        // when / then
        assertEquals(253, raw.length());
        assertEquals(raw, AppDomain.parse(raw).host());
    }

    @Test
    void rejectsHostLongerThan253() {
        // given 4 labels of 50, one of 46 and "com", with their dots: 254 characters
        String raw = ("b".repeat(50) + ".").repeat(4) + "c".repeat(46) + ".com";

        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AppDomain.parse(raw));

        // then
        assertEquals("the add-in domain is longer than 253 characters. Found \"" + "b".repeat(40) + "...\" (254 characters);"
                + " expected " + EXPECTED + ". Fix: use the real host name of the remote web application", e.getMessage());
    }

    @Test
    void matchesSameHostIgnoringCaseOnDefaultPort() {
        // given
        AppDomain domain = AppDomain.parse("addin.contoso.com");

        // when / then: -1 is a URI's "no port", meaning 443
        assertTrue(domain.matches("addin.contoso.com", -1));
        assertTrue(domain.matches("ADDIN.Contoso.COM", -1));
        assertTrue(domain.matches("addin.contoso.com", 443));
        assertFalse(domain.matches("addin.contoso.com", 8443));
        assertFalse(domain.matches("other.contoso.com", -1));
        assertFalse(domain.matches("addin.contoso.com.evil.example", -1));
    }

    @Test
    void matchesSameHostOnItsPort() {
        // given
        AppDomain domain = AppDomain.parse("Addin.Contoso.com:8443");

        // when / then
        assertTrue(domain.matches("addin.contoso.com", 8443));
        assertFalse(domain.matches("addin.contoso.com", -1));
        assertFalse(domain.matches("addin.contoso.com", 443));
    }

    @Test
    void constructorChecksLikeParse() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new AppDomain("addin.contoso.com", 0));

        // then
        assertEquals("the add-in domain has a bad port. Found \"addin.contoso.com:0\"; expected " + EXPECTED
                + "; a port is a number from 1 to 65535. Fix: use \"addin.contoso.com\" for port 443, or"
                + " \"addin.contoso.com:<port>\" with the real port", e.getMessage());
    }

    @Test
    void constructorWithDefaultPortEqualsParsedHost() {
        // when / then
        assertEquals(AppDomain.parse("addin.contoso.com"), new AppDomain("addin.contoso.com", AppDomain.HTTPS_PORT));
    }

    @Test
    void constructorRejectsNullHost() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new AppDomain(null, AppDomain.HTTPS_PORT));

        // then
        assertEquals("the add-in domain is empty. Found \"\"; expected " + EXPECTED
                + ". Fix: set the domain of the remote web application, as registered on AppRegNew.aspx", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            addin.contoso.com:8443 | 443
            addin.contoso.com:8443 | 8443
            addin.contoso.com:     | 443
            """)
    void constructorRejectsPortInTheHost(String host, int port) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new AppDomain(host, port));

        // then
        assertEquals("the add-in domain's host has a ':'. Found \"" + host + "\"; expected " + EXPECTED
                + ", the port given apart from the host. Fix: pass the port as the port, or use AppDomain.parse(\"" + host + "\")",
                e.getMessage());
    }
}
