package dev.addinreg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.addinreg.registration.ClientSecret;
import dev.addinreg.verify.ReportData;

/** The registration page as exact HTML text: values shown, escaped, ordered, and never a secret. */
class RegistrationPageTest {

    private static void assertContains(String page, String expected) {
        assertTrue(page.contains(expected), () -> "the page has no\n  " + expected);
    }

    private static void assertNoPartOf(String secret, String shown) {
        for (int i = 0; i + 8 <= secret.length(); i++) {
            int at = i;
            assertFalse(shown.contains(secret.substring(i, i + 8)), () -> "8 characters of a secret from index " + at + " are shown");
        }
    }

    @Test
    void pageShowsTheRegistration() {
        // when
        String page = RegistrationPage.html(ReportFixtures.report());

        // then
        assertContains(page, "<title>Add-in registration 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba</title>");
        assertContains(page, "<p id=\"result\" class=\"result result-failed\">Verification failed on 2026-06-01"
                + " (execution <code>worldwide</code>)</p>");
        assertContains(page, "<dt>Client ID</dt><dd id=\"client-id\"><code>6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba</code></dd>");
        assertContains(page, "<dt>Add-in domain</dt><dd id=\"app-domain\"><code>contoso-orders.azurewebsites.net</code></dd>");
        assertContains(page, "<dt>Redirect URI</dt><dd id=\"redirect-uri\">"
                + "<code>https://contoso-orders.azurewebsites.net/Pages/Default.aspx</code></dd>");
        assertContains(page, "<dt>Add-in version</dt><dd id=\"version\"><code>1.4.2.57</code></dd>");
        assertContains(page, "<dd id=\"files\"><code>target/addin/package/AppManifest.xml</code><br>"
                + "<code>target/addin/web/Web.config</code></dd>");
    }

    @Test
    void eachSecretShowsFingerprintDatesDaysLeftAndState() {
        // when
        String page = RegistrationPage.html(ReportFixtures.report());

        // then
        assertContains(page, "<tr class=\"secret state-valid\" data-key=\"ClientSecret\" data-fingerprint=\"sha256:143c5ada\""
                + " data-state=\"valid\"><td>ClientSecret</td><td><code>sha256:143c5ada</code></td>"
                + "<td>environment variable ADDIN_CLIENT_SECRET</td><td class=\"date\">2026-05-20T09:30</td><td class=\"date\">2027-06-30</td>"
                + "<td class=\"days\">394</td><td class=\"state\"><span class=\"badge\">valid</span></td></tr>");
        String rotated = ClientSecret.parse(ReportFixtures.ROTATED).fingerprint();
        assertContains(page, "<tr class=\"secret state-expiring\" data-key=\"SecondaryClientSecret\" data-fingerprint=\"" + rotated
                + "\" data-state=\"expiring\"><td>SecondaryClientSecret</td><td><code>" + rotated + "</code></td>"
                + "<td>settings.xml server &quot;orders-old&quot; password</td><td class=\"date\"><span class=\"none\">not recorded</span></td>"
                + "<td class=\"date\">2026-06-15</td><td class=\"days\">14</td><td class=\"state\"><span class=\"badge\">expiring</span></td></tr>");
    }

    @Test
    void timelineMarksTodayShadesTheWarningWindowAndDrawsEachSecret() {
        // when
        String page = RegistrationPage.html(ReportFixtures.threeSecrets());

        // then: today on the axis, the 30-day window after it shaded, one bar per secret with its state
        assertContains(page, "<svg id=\"timeline\" class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\"");
        assertContains(page, "aria-label=\"Secrets from 2025-04-16 to 2027-07-30, today 2026-06-01\"");
        assertContains(page, ">today 2026-06-01</text>");
        assertContains(page, "<title>warning window: secrets ending within 30 days (expiryWarningDays)</title>");
        assertContains(page, ">warning window, 30 days</text>");
        assertContains(page, ">valid, ends 2027-06-30 (394 days left)</text>");
        assertContains(page, ">expiring, ends 2026-06-15 (14 days left)</text>");
        assertContains(page, ">expired, ended 2026-05-01 (31 days ago)</text>");
        assertEquals(List.of("valid", "expiring", "expired"), all(page, "<g class=\"secret-bar state-([a-z-]+)\""));
        double today = x(page, "<line id=\"today\" class=\"today\" x1=\"");
        double windowStart = x(page, "<rect id=\"warning-window\" class=\"warning-window\" x=\"");
        assertEquals(today, windowStart, 0.01, "the warning window starts today");
    }

    @Test
    void checksAreListedFailedFirstThenWarningsThenTheRestInOrder() {
        // when
        String page = RegistrationPage.html(ReportFixtures.report());

        // then
        assertEquals(List.of("client-secret", "title", "client-id-consistent", "no-high-trust-keys"),
                all(page, "<tr class=\"check outcome-[a-z]+\" data-id=\"([a-z-]+)\""));
        assertContains(page, "<tr class=\"check outcome-skipped\" data-id=\"no-high-trust-keys\" data-outcome=\"skipped\">"
                + "<td class=\"outcome\"><span class=\"badge\">skipped</span></td><td>no high-trust signing keys"
                + " <span class=\"id\">no-high-trust-keys</span></td><td><p class=\"check-note\">no web.config was read</p></td></tr>");
    }

    @Test
    void valuesAreEscaped() {
        // when: a problem message with markup in it
        String page = RegistrationPage.html(ReportFixtures.report());

        // then
        assertContains(page, "<li class=\"problem severity-warning\">target/addin/package/AppManifest.xml:10 Properties/Title:"
                + " the manifest&#39;s title differs from the configured one. Found &quot;Contoso &lt;Orders&gt; &amp; Co&quot;;"
                + " expected &quot;Contoso Orders&quot;. Fix: correct the Title in AppManifest.xml, or the title parameter</li>");
        assertFalse(page.contains("<Orders>"));
    }

    @Test
    void aHostileValueCannotOpenATagOrLeaveAnAttribute() {
        // given: an execution id and a source with quotes and markup
        ReportData report = ReportFixtures.report();
        ReportData.Secret odd = new ReportData.Secret("ClientSecret\"><script>x()</script>", "sha256:00000000",
                "<img src=x onerror=alert(1)>", null, null, null, "no-end-date");
        ReportData hostile = new ReportData("<b>exec</b>", report.date(), "passed", report.hosting(), "1.0<i>", "</code><script>",
                report.appDomain(), report.redirectUri(), List.of("a&b.xml"), 30, List.of(odd), report.checks());

        // when
        String page = RegistrationPage.html(hostile);

        // then
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("<img"));
        assertFalse(page.contains("<b>exec"));
        assertContains(page, "<dt>Add-in version</dt><dd id=\"version\"><code>1.0&lt;i&gt;</code></dd>");
        assertContains(page, "data-key=\"ClientSecret&quot;&gt;&lt;script&gt;x()&lt;/script&gt;\"");
        assertContains(page, "<code>a&amp;b.xml</code>");
        assertContains(page, ">no end date recorded</text>");
    }

    @Test
    void noSecretValueIsOnThePage() {
        // when
        String page = RegistrationPage.html(ReportFixtures.threeSecrets());

        // then
        assertNoPartOf(ReportFixtures.CANARY, page);
        assertNoPartOf(ReportFixtures.ROTATED, page);
        assertNoPartOf(ReportFixtures.EXPIRED, page);
    }

    @Test
    void thePageLoadsNothingFromElsewhere() {
        // when
        String page = RegistrationPage.html(ReportFixtures.threeSecrets());

        // then: no script, no link, no import, no url(), no src: the page works offline
        for (String loads : List.of("<script", "<link", "@import", "url(", "src=", "<img", "<iframe", "http-equiv")) {
            assertFalse(page.contains(loads), loads);
        }
        // the only address is the SVG namespace and the configured redirect URI
        assertEquals(java.util.Set.of("http://www.w3.org/2000/svg", "https://contoso-orders.azurewebsites.net/Pages/Default.aspx"),
                java.util.Set.copyOf(all(page, "(https?://[^\"<]+)")));
    }

    @Test
    void aReportWithoutSecretsOrWarningDaysDrawsNoTimeline() {
        // given: a report written before expiryWarningDays was in it, with no secret configured
        ReportData report = ReportFixtures.report();
        ReportData none = new ReportData(report.execution(), report.date(), "failed", "unknown", null, null, null, null, List.of(), null,
                List.of(), report.checks());

        // when
        String page = RegistrationPage.html(none);

        // then
        assertContains(page, "<p id=\"result\" class=\"result result-failed\">Verification failed on 2026-06-01");
        assertContains(page, "<dt>Client ID</dt><dd id=\"client-id\"><span class=\"none\">not configured</span></dd>");
        assertContains(page, "<dt>Add-in version</dt><dd id=\"version\"><span class=\"none\">not found in the manifest</span></dd>");
        assertContains(page, "<p class=\"none\">No secret is configured.</p>");
        assertFalse(page.contains("<svg"));
    }

    @Test
    void withoutAReportThePageSaysHowToMakeOne() {
        // when
        String page = RegistrationPage.noReport("target/addin/registration-report.json");

        // then
        assertContains(page, "<p id=\"result\" class=\"result result-missing\">No registration report:"
                + " target/addin/registration-report.json does not exist. Run <code>mvn verify</code> (with"
                + " <code>addin:verify</code> configured) before <code>mvn site</code>, or set <code>registrationReport</code>"
                + " to its path.</p>");
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
        String page = RegistrationPage.html(longSpan);

        // then
        assertEquals(List.of("2024", "2025", "2026", "2027", "2028"), all(page, "<text class=\"tick-label\"[^>]*>([0-9-]+)</text>"));
    }

    private static List<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static double x(String page, String prefix) {
        int at = page.indexOf(prefix);
        assertTrue(at >= 0, prefix);
        int start = at + prefix.length();
        return Double.parseDouble(page.substring(start, page.indexOf('"', start)));
    }
}
