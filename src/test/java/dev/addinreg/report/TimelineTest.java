package dev.addinreg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.addinreg.registration.ClientSecret;
import dev.addinreg.verify.ReportData;

/** The secrets' timeline as exact SVG text: today, the warning window, one bar per secret in its state, never a secret. */
class TimelineTest {

    private static void assertContains(String svg, String expected) {
        assertTrue(svg.contains(expected), () -> "the timeline has no\n  " + expected);
    }

    @Test
    void timelineMarksTodayShadesTheWarningWindowAndDrawsEachSecret() {
        // when
        String svg = Timeline.svg(ReportFixtures.threeSecrets());

        // then: today on the axis, the 30-day window after it shaded, one bar per secret with its state
        assertTrue(svg.startsWith("<svg id=\"timeline\" class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.endsWith("</svg>\n"));
        assertContains(svg, "aria-label=\"Secrets from 2025-04-16 to 2027-07-30, today 2026-06-01\"");
        assertContains(svg, ">today 2026-06-01</text>");
        assertContains(svg, "<title>warning window: secrets ending within 30 days (expiryWarningDays)</title>");
        assertContains(svg, ">warning window, 30 days</text>");
        assertContains(svg, ">valid, ends 2027-06-30 (394 days left)</text>");
        assertContains(svg, ">expiring, ends 2026-06-15 (14 days left)</text>");
        assertContains(svg, ">expired, ended 2026-05-01 (31 days ago)</text>");
        assertEquals(List.of("valid", "expiring", "expired"), all(svg, "<g class=\"secret-bar state-([a-z-]+)\""));
        String expired = ClientSecret.parse(ReportFixtures.EXPIRED).fingerprint();
        assertContains(svg, "<g class=\"secret-bar state-expired\" data-fingerprint=\"" + expired + "\" data-state=\"expired\">");
        double today = x(svg, "<line id=\"today\" class=\"today\" x1=\"");
        double windowStart = x(svg, "<rect id=\"warning-window\" class=\"warning-window\" x=\"");
        assertEquals(today, windowStart, 0.01, "the warning window starts today");
    }

    @Test
    void theTimelineCarriesItsOwnStyleAndLoadsNothing() {
        // when
        String svg = Timeline.svg(ReportFixtures.threeSecrets());

        // then: its colours are inside it, so any site skin shows the states; nothing is fetched
        assertContains(svg, "\">\n<style>.timeline { width: 100%;");
        assertContains(svg, ".timeline .state-expired .bar { fill: #c62828; }");
        for (String loads : List.of("<script", "<link", "@import", "url(", "href=", "src=", "<image")) {
            assertFalse(svg.contains(loads), loads);
        }
        assertEquals(Set.of("http://www.w3.org/2000/svg"), Set.copyOf(all(svg, "(https?://[^\"<]+)")));
    }

    @Test
    void aLongSpanHasYearlyTicks() {
        // given: a secret made three years ago that ends in two years
        ReportData report = ReportFixtures.report();
        ReportData.Secret longLived = new ReportData.Secret("ClientSecret", "sha256:11111111", "environment variable X",
                "2023-06-01", LocalDate.of(2028, 6, 1), 731L, "valid");
        ReportData longSpan = new ReportData(report.execution(), report.date(), "passed", report.hosting(), report.version(), report.clientId(),
                report.appDomain(), report.redirectUri(), report.files(), 30, List.of(longLived), List.of());

        // when
        String svg = Timeline.svg(longSpan);

        // then
        assertEquals(List.of("2024", "2025", "2026", "2027", "2028"), all(svg, "<text class=\"tick-label\"[^>]*>([0-9-]+)</text>"));
    }

    @Test
    void aReportWrittenBeforeTheWarningDaysDrawsNoWindow() {
        // given: a report without expiryWarningDays
        ReportData report = ReportFixtures.report();
        ReportData old = new ReportData(report.execution(), report.date(), report.result(), report.hosting(), report.version(), report.clientId(),
                report.appDomain(), report.redirectUri(), report.files(), null, report.secrets(), report.checks());

        // when
        String svg = Timeline.svg(old);

        // then
        assertFalse(svg.contains("id=\"warning-window\""));
        assertContains(svg, ">today 2026-06-01</text>");
    }

    @Test
    void aHostileValueCannotOpenATagOrLeaveAnAttribute() {
        // given: a key and a fingerprint with quotes and markup
        ReportData report = ReportFixtures.report();
        ReportData.Secret odd = new ReportData.Secret("ClientSecret\"><script>x()</script>", "sha256:0\"/><b>",
                "<img src=x onerror=alert(1)>", null, null, null, "no-end-date\"><i>");
        ReportData hostile = new ReportData(report.execution(), report.date(), "passed", report.hosting(), report.version(), report.clientId(),
                report.appDomain(), report.redirectUri(), report.files(), 30, List.of(odd), List.of());

        // when
        String svg = Timeline.svg(hostile);

        // then
        assertFalse(svg.contains("<script"));
        assertFalse(svg.contains("<b>"));
        assertFalse(svg.contains("<i>"));
        assertContains(svg, "data-fingerprint=\"sha256:0&quot;/&gt;&lt;b&gt;\"");
        assertContains(svg, ">ClientSecret&quot;&gt;&lt;script&gt;x()&lt;/script&gt; <tspan class=\"fp\">");
        assertContains(svg, ">no end date recorded</text>");
    }

    @Test
    void aSigningCertificateIsABarFromNotBeforeToNotAfter() {
        // given: a high-trust add-in: no secret, a certificate valid from 30 days ago for 394 more days
        ReportData report = ReportFixtures.report();
        ReportData.Certificate certificate = new ReportData.Certificate("certs/addin.pfx", "CN=addin.contoso.com,O=Contoso",
                "6B1F3C0A2E9D4F5B", "AB".repeat(32), "2026-05-02T00:00:00Z", "2027-06-30T00:00:00Z", 394, "valid");
        ReportData highTrust = new ReportData(report.execution(), report.date(), "passed", report.hosting(), report.version(),
                report.clientId(), "c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9", report.appDomain(), report.redirectUri(), report.files(), 30,
                List.of(), certificate, List.of());

        // when
        String svg = Timeline.svg(highTrust);

        // then
        assertTrue(Timeline.hasBars(highTrust));
        assertContains(svg, "<g class=\"certificate-bar state-valid\" data-serial=\"6B1F3C0A2E9D4F5B\" data-state=\"valid\">"
                + "<text class=\"bar-label\" x=\"8\" y=\"");
        assertContains(svg, ">Signing certificate <tspan class=\"fp\">6B1F3C0A2E9D4F5B</tspan></text>");
        assertContains(svg, ">valid, ends 2027-06-30 (394 days left)</text>");
        assertFalse(svg.contains("secret-bar"));
        // the bar starts at NotBefore, before today
        String bar = svg.substring(svg.indexOf("<g class=\"certificate-bar"));
        assertTrue(x(bar, "<rect class=\"bar\" x=\"") < x(svg, "<line id=\"today\" class=\"today\" x1=\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not-yet-valid | 2026-06-11T00:00:00Z | 2027-06-11T00:00:00Z | 375 | not yet valid, starts 2026-06-11
            expiring      | 2025-06-01T00:00:00Z | 2026-06-01T18:00:00Z | 0   | expiring, ends today 2026-06-01
            expiring      | 2025-06-01T00:00:00Z | 2026-06-02T18:00:00Z | 1   | expiring, ends 2026-06-02 (1 day left)
            expired       | 2025-06-01T00:00:00Z | 2026-05-31T18:00:00Z | -1  | expired, ended 2026-05-31 (1 day ago)
            """)
    void aCertificateBarSaysItsState(String state, String notBefore, String notAfter, long daysLeft, String says) {
        // given
        ReportData report = ReportFixtures.report();
        ReportData.Certificate certificate = new ReportData.Certificate("certs/addin.cer", "CN=addin.contoso.com", "01",
                "AB".repeat(32), notBefore, notAfter, daysLeft, state);
        ReportData highTrust = new ReportData(report.execution(), report.date(), "passed", report.hosting(), report.version(),
                report.clientId(), null, report.appDomain(), report.redirectUri(), report.files(), 30, List.of(), certificate, List.of());

        // when
        String svg = Timeline.svg(highTrust);

        // then
        assertContains(svg, "<g class=\"certificate-bar state-" + state + "\" data-serial=\"01\" data-state=\"" + state + "\">");
        assertContains(svg, ">" + says + "</text>");
    }

    @Test
    void noSecretValueIsInTheTimeline() {
        // when
        String svg = Timeline.svg(ReportFixtures.threeSecrets());

        // then
        for (String secret : List.of(ReportFixtures.CANARY, ReportFixtures.ROTATED, ReportFixtures.EXPIRED)) {
            for (int i = 0; i + 8 <= secret.length(); i++) {
                int at = i;
                assertFalse(svg.contains(secret.substring(i, i + 8)), () -> "8 characters of a secret from index " + at + " are shown");
            }
        }
    }

    private static List<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static double x(String svg, String prefix) {
        int at = svg.indexOf(prefix);
        assertTrue(at >= 0, prefix);
        int start = at + prefix.length();
        return Double.parseDouble(svg.substring(start, svg.indexOf('"', start)));
    }
}
