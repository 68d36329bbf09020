// verify, then addin:report: the registration page shows the registration, the secret and every check, and no secret.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] The add-in files are consistent: 8 checks passed, 2 with warnings, 0 skipped.')
assertLine(log, '[INFO] Registration page target/site/addin-registration.html from target/addin/registration-report.json')
def file = new File(basedir, 'target/site/addin-registration.html')
def page = file.getText('UTF-8')
assert !page.contains(canarySecret)
assert page.startsWith('<!DOCTYPE html>\n<html lang="en">\n')
assert page.contains('<dt>Client ID</dt><dd id="client-id"><code>6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba</code></dd>')
assert page.contains('<dt>Add-in domain</dt><dd id="app-domain"><code>addin.contoso.com</code></dd>')
assert page.contains('<dt>Redirect URI</dt><dd id="redirect-uri"><code>https://addin.contoso.com/Pages/Default.aspx</code></dd>')
assert page.contains('<tr class="secret state-expiring" data-key="ClientSecret" data-fingerprint="sha256:143c5ada" data-state="expiring">'
        + '<td>ClientSecret</td><td><code>sha256:143c5ada</code></td><td>environment variable ADDIN_CLIENT_SECRET</td>'
        + '<td class="date"><span class="none">not recorded</span></td><td class="date">' + day(context.userProperties, 19) + '</td><td class="days">19</td>'
        + '<td class="state"><span class="badge">expiring</span></td></tr>')
assert page.contains('>expiring, ends ' + day(context.userProperties, 19) + ' (19 days left)</text>')
assert page.contains('>today ' + day(context.userProperties, 0) + '</text>')
// the checks with warnings come first, then the others, each in the order verify ran them
def checks = (page =~ /<tr class="check outcome-([a-z]+)" data-id="([a-z-]+)"/).collect { it[2] + '=' + it[1] }
assert checks == ['configured-values=warning', 'title=warning', 'files-readable=passed', 'client-id-consistent=passed',
        'no-remote-app-url=passed', 'endpoints-on-app-domain=passed', 'client-secret=passed', 'no-high-trust-keys=passed',
        'publish-transforms=passed', 'manifest-version=passed']
assert page.contains('the manifest&#39;s title differs from the configured one. Found &quot;Contoso Orders&quot;; expected &quot;Contoso Orders Pro&quot;.')
['<script', '<link', 'src=', 'url(', '@import'].each { assert !page.contains(it) : it }
true
