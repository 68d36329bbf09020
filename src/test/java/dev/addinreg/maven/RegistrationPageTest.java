package dev.addinreg.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.addinreg.registration.ClientSecret;
import dev.addinreg.report.ReportFixtures;
import dev.addinreg.verify.Outcome;
import dev.addinreg.verify.ReportData;

/**
 * The registration page as the sink writes it, compared as exact HTML text: values shown, escaped, ordered, the
 * timeline in it, and never a secret.
 */
class RegistrationPageTest {

    private static void assertContains(String page, String expected) {
        assertTrue(page.contains(expected), () -> "the page has no\n  " + expected + "\nin\n" + page);
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
        String page = PageHtml.of(ReportFixtures.report());

        // then
        assertContains(page, "<title>Add-in registration 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba</title>");
        assertContains(page, "<h1>SharePoint Add-in registration</h1>\n<p id=\"result\" class=\"result result-failed\""
                + " style=\"font-weight: bold; color: #a11212\">Verification failed on 2026-06-01 (execution <code>worldwide</code>)</p>");
        assertContains(page, "<h2>Registration</h2>\n<dl>\n"
                + "<dt>Client ID</dt>\n<dd id=\"client-id\"><code>6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba</code></dd>\n"
                + "<dt>Add-in domain</dt>\n<dd id=\"app-domain\"><code>contoso-orders.azurewebsites.net</code></dd>\n"
                + "<dt>Redirect URI</dt>\n<dd id=\"redirect-uri\"><code>https://contoso-orders.azurewebsites.net/Pages/Default.aspx</code></dd>\n"
                + "<dt>Hosting</dt>\n<dd id=\"hosting\"><code>provider-hosted</code></dd>\n"
                + "<dt>Add-in version</dt>\n<dd id=\"version\"><code>1.4.2.57</code></dd>\n"
                + "<dt>Files verified</dt>\n<dd id=\"files\"><code>target/addin/package/AppManifest.xml</code><br />"
                + "<code>target/addin/web/Web.config</code></dd></dl>");
        assertContains(page, "<p class=\"note\">Made by addin:report from registration-report.json. Secrets are shown by fingerprint"
                + " (sha256: and the first 8 hex digits of their SHA-256), never by value.</p>");
    }

    @Test
    void eachSecretShowsFingerprintSourceDatesDaysLeftAndState() {
        // when
        String page = PageHtml.of(ReportFixtures.report());

        // then
        String rotated = ClientSecret.parse(ReportFixtures.ROTATED).fingerprint();
        assertContains(page, "<table class=\"bodyTable\" id=\"secrets-table\">\n<tr class=\"a\">\n<th>Key</th>\n<th>Fingerprint</th>\n"
                + "<th>Source</th>\n<th>Start</th>\n<th>End</th>\n<th>Days left</th>\n<th>State</th></tr>\n"
                + "<tr class=\"b secret state-valid\">\n<td>ClientSecret</td>\n<td><code>sha256:143c5ada</code></td>\n"
                + "<td>environment variable ADDIN_CLIENT_SECRET</td>\n<td>2026-05-20T09:30</td>\n<td>2027-06-30</td>\n<td>394</td>\n"
                + "<td>valid</td></tr>\n"
                + "<tr class=\"a secret state-expiring\" style=\"background-color: #fff4dc\">\n<td>SecondaryClientSecret</td>\n"
                + "<td><code>" + rotated + "</code></td>\n<td>settings.xml server &quot;orders-old&quot; password</td>\n"
                + "<td><em>not recorded</em></td>\n<td>2026-06-15</td>\n<td>14</td>\n<td>expiring</td></tr></table>");
    }

    @Test
    void theTimelineStandsBeforeTheSecretsTable() {
        // when
        String page = PageHtml.of(ReportFixtures.threeSecrets());

        // then: given to the sink as it is, between the heading and the table
        int heading = page.indexOf("<h2>Secrets</h2>");
        int svg = page.indexOf("<svg id=\"timeline\"");
        int table = page.indexOf("<table class=\"bodyTable\" id=\"secrets-table\">");
        assertTrue(heading >= 0 && heading < svg && svg < table, "heading " + heading + ", timeline " + svg + ", table " + table);
        assertContains(page, ">expired, ended 2026-05-01 (31 days ago)</text>");
        assertEquals(List.of("valid", "expiring", "expired"), all(page, "<tr class=\"[ab] secret state-([a-z-]+)\""));
    }

    @Test
    void checksAreListedFailedFirstThenWarningsThenTheRestInOrder() {
        // when
        String page = PageHtml.of(ReportFixtures.report());

        // then
        assertEquals(List.of("client-secret", "title", "client-id-consistent", "no-high-trust-keys"),
                all(page, "<tr class=\"[ab] check outcome-[a-z]+ check-([a-z-]+)\""));
        assertContains(page, "<tr class=\"b check outcome-failed check-client-secret\" style=\"background-color: #fbe4e4\">\n"
                + "<td>failed</td>\n<td>web.config secrets valid and configured <code>client-secret</code></td>\n<td>\n<ul>\n"
                + "<li class=\"problem severity-error\">&lt;secondaryClientSecretExpires&gt; (-Daddin.secondaryClientSecretExpires):"
                + " the secondary client secret (" + ClientSecret.parse(ReportFixtures.EXPIRED).fingerprint() + ") has expired."
                + " Found end date 2026-05-01 (31 days ago); expected an end date after today, 2026-06-01."
                + " Fix: generate a new secret for this client ID</li></ul></td></tr>");
        assertContains(page, "<tr class=\"a check outcome-skipped check-no-high-trust-keys\">\n<td>skipped</td>\n"
                + "<td>no high-trust signing keys <code>no-high-trust-keys</code></td>\n<td>no web.config was read</td></tr></table>");
    }

    @Test
    void valuesAreEscaped() {
        // when: a problem message with markup in it
        String page = PageHtml.of(ReportFixtures.report());

        // then
        assertContains(page, "<li class=\"problem severity-warning\">target/addin/package/AppManifest.xml:10 Properties/Title:"
                + " the manifest's title differs from the configured one. Found &quot;Contoso &lt;Orders&gt; &amp; Co&quot;;"
                + " expected &quot;Contoso Orders&quot;. Fix: correct the Title in AppManifest.xml, or the title parameter</li>");
        assertFalse(page.contains("<Orders>"));
    }

    @Test
    void aHostileValueCannotOpenATagOrLeaveAnAttribute() {
        // given: an execution id, a client ID, a state and a source with quotes and markup
        ReportData report = ReportFixtures.report();
        ReportData.Secret odd = new ReportData.Secret("ClientSecret\"><script>x()</script>", "sha256:00000000",
                "<img src=x onerror=alert(1)>", null, null, null, "no-end-date\" onclick=\"x()");
        ReportData.Check check = new ReportData.Check("id\"><script>", "title", dev.addinreg.verify.Outcome.WARNING, null,
                List.of(new ReportData.Finding("warning\" onmouseover=\"x()", "where", "<i>message</i>")));
        ReportData hostile = new ReportData("<b>exec</b>", report.date(), "passed", report.hosting(), "1.0<i>", "</code><script>",
                report.appDomain(), report.redirectUri(), List.of("a&b.xml"), 30, List.of(odd), List.of(check));

        // when
        String page = PageHtml.of(hostile);

        // then
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("<img"));
        assertFalse(page.contains("<b>exec"));
        assertFalse(page.contains(" onclick=\"x()"));
        assertContains(page, "<dt>Add-in version</dt>\n<dd id=\"version\"><code>1.0&lt;i&gt;</code></dd>");
        assertFalse(page.contains(" onmouseover=\"x()"));
        assertFalse(page.contains("<i>"));
        assertContains(page, "<tr class=\"b check outcome-warning check-id---script-\" style=\"background-color: #fff4dc\">");
        assertContains(page, "<li class=\"problem severity-warning--onmouseover--x--\">&lt;i&gt;message&lt;/i&gt;</li>");
        assertContains(page, "<tr class=\"b secret state-no-end-date--onclick--x--\">\n<td>ClientSecret&quot;&gt;&lt;script&gt;x()&lt;/script&gt;</td>");
        assertContains(page, "<code>a&amp;b.xml</code>");
        assertContains(page, "(execution <code>&lt;b&gt;exec&lt;/b&gt;</code>)");
        assertContains(page, ">no end date recorded</text>");
    }

    @Test
    void noSecretValueIsOnThePage() {
        // when
        String page = PageHtml.of(ReportFixtures.threeSecrets());

        // then
        assertNoPartOf(ReportFixtures.CANARY, page);
        assertNoPartOf(ReportFixtures.ROTATED, page);
        assertNoPartOf(ReportFixtures.EXPIRED, page);
    }

    @Test
    void thePageLoadsNothingFromElsewhere() {
        // when
        String page = PageHtml.of(ReportFixtures.threeSecrets());

        // then: what the page adds to the skin has no script, link, import, url() or src
        for (String loads : List.of("<script", "<link", "@import", "url(", "src=", "<img", "<iframe", "http-equiv")) {
            assertFalse(page.contains(loads), loads);
        }
        // the only addresses are the XHTML and SVG namespaces and the configured redirect URI
        assertEquals(Set.of("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg",
                "https://contoso-orders.azurewebsites.net/Pages/Default.aspx"), Set.copyOf(all(page, "(https?://[^\"<]+)")));
    }

    @Test
    void aHighTrustAddinShowsItsIssuerAndCertificateOnTheTimeline() {
        // given: a high-trust add-in, no secret, a certificate that expires in 19 days
        ReportData report = ReportFixtures.report();
        ReportData.Certificate certificate = new ReportData.Certificate("certs/addin.pfx", "CN=addin.contoso.com,O=Contoso",
                "6B1F3C0A2E9D4F5B", "AB".repeat(32), "2025-06-01T00:00:00Z", "2026-06-20T00:00:00Z", 19, "expiring");
        ReportData highTrust = new ReportData(report.execution(), report.date(), "passed", report.hosting(), report.version(),
                report.clientId(), "c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9", report.appDomain(), report.redirectUri(), report.files(), 30,
                List.of(), certificate, report.checks());

        // when
        String page = PageHtml.of(highTrust);

        // then
        assertContains(page, "<dt>Issuer ID</dt>\n<dd id=\"issuer-id\"><code>c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9</code></dd>\n");
        assertContains(page, "<h2>Secrets and signing certificate</h2><svg ");
        assertContains(page, "<g class=\"certificate-bar state-expiring\" data-serial=\"6B1F3C0A2E9D4F5B\" data-state=\"expiring\">");
        assertContains(page, "<table class=\"bodyTable\" id=\"certificate-table\">\n<tr class=\"a\">\n<th>Subject</th>\n"
                + "<th>Serial number</th>\n<th>SHA-256 thumbprint</th>\n<th>File</th>\n<th>Not before</th>\n<th>Not after</th>\n"
                + "<th>Days left</th>\n<th>State</th></tr>\n"
                + "<tr class=\"b certificate state-expiring\" style=\"background-color: #fff4dc\">\n<td>CN=addin.contoso.com,O=Contoso</td>\n"
                + "<td><code>6B1F3C0A2E9D4F5B</code></td>\n<td><code>" + "AB".repeat(32) + "</code></td>\n<td>certs/addin.pfx</td>\n"
                + "<td>2025-06-01T00:00:00Z</td>\n<td>2026-06-20T00:00:00Z</td>\n<td>19</td>\n<td>expiring</td></tr></table>");
        assertFalse(page.contains("secrets-table"));
        assertFalse(page.contains("No secret is configured"));
    }

    @Test
    void aReportWrittenWhenValidateFailedSaysTheBuildFailedBeforeVerification() {
        // given: validate failed on a malformed secret: no secret read, one check
        ReportData report = ReportFixtures.report();
        ReportData.Check values = new ReportData.Check("configured-values", "configured registration values", Outcome.FAILED, null,
                List.of(new ReportData.Finding("error", "<clientSecret>", "the client secret is not base64")));
        ReportData failed = new ReportData(report.execution(), report.date(), "failed", "unknown", null, report.clientId(),
                report.appDomain(), report.redirectUri(), List.of(), 30, List.of(), List.of(values));

        // when
        String page = PageHtml.of(failed);

        // then
        assertContains(page, ">The build failed before verification on 2026-06-01 (execution <code>worldwide</code>)</p>");
        assertContains(page, "No valid secret was read.");
        assertFalse(page.contains("No secret is configured"));
    }

    @Test
    void aSecretWithoutAStateDrawsNoBackground() {
        // given: a report cut short by hand: a secret without its state
        ReportData report = ReportFixtures.report();
        ReportData.Secret stateless = new ReportData.Secret("ClientSecret", "sha256:00000000", "x", null, null, null, null);
        ReportData cut = new ReportData(report.execution(), report.date(), "passed", report.hosting(), report.version(),
                report.clientId(), report.appDomain(), report.redirectUri(), report.files(), 30, List.of(stateless), List.of());

        // when
        String page = PageHtml.of(cut);

        // then
        assertContains(page, "<td><code>sha256:00000000</code></td>");
    }

    @Test
    void aLowTrustAddinShowsNoIssuer() {
        // when
        String page = PageHtml.of(ReportFixtures.report());

        // then
        assertFalse(page.contains("issuer-id"));
        assertFalse(page.contains("certificate-table"));
        assertContains(page, "<h2>Secrets</h2>");
    }

    @Test
    void aReportWithoutSecretsDrawsNoTimeline() {
        // given: a report written before expiryWarningDays was in it, with nothing configured
        ReportData report = ReportFixtures.report();
        ReportData none = new ReportData(report.execution(), report.date(), "failed", "unknown", null, null, null, null, List.of(), null,
                List.of(), report.checks());

        // when
        String page = PageHtml.of(none);

        // then
        assertContains(page, "<title>Add-in registration</title>");
        assertContains(page, "<dt>Client ID</dt>\n<dd id=\"client-id\"><em>not configured</em></dd>");
        assertContains(page, "<dt>Add-in version</dt>\n<dd id=\"version\"><em>not found in the manifest</em></dd>");
        assertContains(page, "<dd id=\"files\"><em>none</em></dd>");
        assertContains(page, "<h2>Secrets</h2>\n<p class=\"none\">No secret is configured.</p></section>");
        assertFalse(page.contains("<svg"));
        assertFalse(page.contains("secrets-table"));
    }

    @Test
    void withoutAReportThePageSaysHowToMakeOne() {
        // when
        String page = PageHtml.noReport("target/addin/registration-report.json");

        // then
        assertContains(page, "<h1>SharePoint Add-in registration</h1>\n<p id=\"result\" class=\"result result-missing\""
                + " style=\"font-weight: bold; color: #6d4c00\">No registration report: target/addin/registration-report.json"
                + " does not exist. Run <code>mvn verify</code> (with <code>addin:verify</code> configured) before"
                + " <code>mvn site</code>, or set <code>registrationReport</code> to its path.</p></section>");
    }

    @Test
    void failedChecksComeFirstThenWarnings() {
        // given: the checks in the order verify ran them
        List<ReportData.Check> checks = ReportFixtures.report().checks();

        // when
        List<String> ordered = RegistrationPage.failedFirst(checks).stream().map(check -> check.outcome().word()).toList();

        // then
        assertEquals(List.of("failed", "warning", "passed", "skipped"), ordered);
    }

    private static List<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
