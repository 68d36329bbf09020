// verify, then addin:report run alone: the registration page, in the site's skin, shows the registration, the secret
// on its timeline and in its table, and every check, warnings first; and no secret.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day

def p = context.userProperties
def log = read(basedir, canarySecret)
assertLine(log, '[INFO] The add-in files are consistent: 8 checks passed, 2 with warnings, 0 skipped.')
assertLine(log, '[INFO] Rendering content with org.apache.maven.skins:maven-fluido-skin:jar:2.0.0-M9 skin')
assertLine(log, '[INFO] Registration page target/reports/addin-registration.html from target/addin/registration-report.json')
def page = new File(basedir, 'target/reports/addin-registration.html').getText('UTF-8')
assert !page.contains(canarySecret)

// in the skin: its style sheet, the page's title, the content in the skin's body
assert page.contains('<link rel="stylesheet" href="./css/apache-maven-fluido-2.0.0-M9.min.css" />')
assert page.contains('<title>Add-in registration 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba \u2013 report-page</title>')
assert new File(basedir, 'target/reports/css/apache-maven-fluido-2.0.0-M9.min.css').isFile()
def start = page.indexOf('<main id="bodyColumn">\n') + '<main id="bodyColumn">\n'.length()
def content = page.substring(start, page.indexOf('        </main>'))

// the timeline, given to the sink as it is: today, the secret's bar in its state
def svg = content.substring(content.indexOf('<svg '), content.indexOf('</svg>\n') + '</svg>\n'.length())
assert svg.startsWith('<svg id="timeline" class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 94" role="img"')
assert svg.contains('<g class="secret-bar state-expiring" data-fingerprint="sha256:143c5ada" data-state="expiring">')
assert svg.contains('>expiring, ends ' + day(p, 19) + ' (19 days left)</text>')
assert svg.contains('>today ' + day(p, 0) + '</text>')
assert svg.contains('>warning window, 30 days</text>')

// everything else, exactly
assert content.replace(svg, '<svg/>\n') == ('<section>\n'
        + '<h1>SharePoint Add-in registration</h1>\n'
        + '<p id="result" class="result result-passed" style="font-weight: bold; color: #1b5e20">Verification passed on ' + day(p, 0) + ' (execution <code>default</code>)</p><section>\n'
        + '<h2>Registration</h2>\n'
        + '<dl>\n'
        + '<dt>Client ID</dt>\n'
        + '<dd id="client-id"><code>6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba</code></dd>\n'
        + '<dt>Add-in domain</dt>\n'
        + '<dd id="app-domain"><code>addin.contoso.com</code></dd>\n'
        + '<dt>Redirect URI</dt>\n'
        + '<dd id="redirect-uri"><code>https://addin.contoso.com/Pages/Default.aspx</code></dd>\n'
        + '<dt>Hosting</dt>\n'
        + '<dd id="hosting"><code>provider-hosted</code></dd>\n'
        + '<dt>Add-in version</dt>\n'
        + '<dd id="version"><code>1.0.0.0</code></dd>\n'
        + '<dt>Files verified</dt>\n'
        + '<dd id="files"><code>target/addin/package/AppManifest.xml</code><br /><code>target/addin/web/Web.config</code></dd></dl></section><section>\n'
        + '<h2>Secrets</h2><svg/>\n'
        + '\n'
        + '<table class="table table-striped" id="secrets-table">\n'
        + '<tr class="a">\n'
        + '<th>Key</th>\n'
        + '<th>Fingerprint</th>\n'
        + '<th>Source</th>\n'
        + '<th>Start</th>\n'
        + '<th>End</th>\n'
        + '<th>Days left</th>\n'
        + '<th>State</th></tr>\n'
        + '<tr class="b secret state-expiring" style="background-color: #fff4dc">\n'
        + '<td>ClientSecret</td>\n'
        + '<td><code>sha256:143c5ada</code></td>\n'
        + '<td>environment variable ADDIN_CLIENT_SECRET</td>\n'
        + '<td><em>not recorded</em></td>\n'
        + '<td>' + day(p, 19) + '</td>\n'
        + '<td>19</td>\n'
        + '<td>expiring</td></tr></table></section><section>\n'
        + '<h2>Checks</h2>\n'
        + '<table class="table table-striped" id="checks-table">\n'
        + '<tr class="a">\n'
        + '<th>Outcome</th>\n'
        + '<th>Check</th>\n'
        + '<th>Found</th></tr>\n'
        + '<tr class="b check outcome-warning check-configured-values" style="background-color: #fff4dc">\n'
        + '<td>warning</td>\n'
        + '<td>configured registration values <code>configured-values</code></td>\n'
        + '<td>\n'
        + '<ul>\n'
        + '<li class="problem severity-warning">&lt;clientSecretExpires&gt; (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in 19 days. Found end date ' + day(p, 19) + '; expected more than 30 days left (expiryWarningDays). Fix: add a new secret now: make it the client secret and keep this one as the secondary client secret until it ends</li></ul></td></tr>\n'
        + '<tr class="a check outcome-warning check-title" style="background-color: #fff4dc">\n'
        + '<td>warning</td>\n'
        + '<td>manifest title matches <code>title</code></td>\n'
        + '<td>\n'
        + '<ul>\n'
        + '<li class="problem severity-warning">target/addin/package/AppManifest.xml:10 Properties/Title: the manifest\'s title differs from the configured one. Found &quot;Contoso Orders&quot;; expected &quot;Contoso Orders Pro&quot;. Fix: correct the Title in AppManifest.xml, or the title parameter</li></ul></td></tr>\n'
        + '<tr class="b check outcome-passed check-files-readable">\n'
        + '<td>passed</td>\n'
        + '<td>files readable <code>files-readable</code></td>\n'
        + '<td>target/addin/package/AppManifest.xml, target/addin/web/Web.config</td></tr>\n'
        + '<tr class="a check outcome-passed check-client-id-consistent">\n'
        + '<td>passed</td>\n'
        + '<td>client IDs well-formed and consistent <code>client-id-consistent</code></td>\n'
        + '<td></td></tr>\n'
        + '<tr class="b check outcome-passed check-no-remote-app-url">\n'
        + '<td>passed</td>\n'
        + '<td>no ~remoteAppUrl left <code>no-remote-app-url</code></td>\n'
        + '<td>2 files scanned</td></tr>\n'
        + '<tr class="a check outcome-passed check-endpoints-on-app-domain">\n'
        + '<td>passed</td>\n'
        + '<td>start page and event endpoints on the add-in domain <code>endpoints-on-app-domain</code></td>\n'
        + '<td>addin.contoso.com</td></tr>\n'
        + '<tr class="b check outcome-passed check-client-secret">\n'
        + '<td>passed</td>\n'
        + '<td>web.config secrets valid and configured <code>client-secret</code></td>\n'
        + '<td></td></tr>\n'
        + '<tr class="a check outcome-passed check-no-high-trust-keys">\n'
        + '<td>passed</td>\n'
        + '<td>no high-trust signing keys <code>no-high-trust-keys</code></td>\n'
        + '<td></td></tr>\n'
        + '<tr class="b check outcome-passed check-publish-transforms">\n'
        + '<td>passed</td>\n'
        + '<td>no publish transform changes the registration <code>publish-transforms</code></td>\n'
        + '<td></td></tr>\n'
        + '<tr class="a check outcome-passed check-manifest-version">\n'
        + '<td>passed</td>\n'
        + '<td>manifest Version and ProductID valid <code>manifest-version</code></td>\n'
        + '<td>no addinVersion configured: the schema\'s pattern only</td></tr></table></section>\n'
        + '<p class="note">Made by addin:report from registration-report.json. Secrets are shown by fingerprint (sha256: and the first 8 hex digits of their SHA-256), never by value.</p></section>\n')
['<script', '<link', 'src=', 'url(', '@import'].each { assert !content.contains(it) : it }
true
