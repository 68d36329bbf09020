// A high-trust web.config with the configured issuer and the certificate's serial passes; the client-secret checks stand aside.
// The report and the registration page show the issuer and the certificate, never its password.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[INFO]   skipped  web.config secrets valid and configured (high-trust add-in: it signs its tokens with its certificate)')
assertLine(log, '[INFO]   passed   high-trust issuer and signing certificate')
assertLine(log, '[INFO] The add-in files are consistent: 8 checks passed, 0 with warnings, 2 skipped.')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json'))
assert report.checks.collect { it.id + '=' + it.outcome } == ['configured-values=passed', 'files-readable=passed', 'client-id-consistent=passed', 'no-remote-app-url=passed', 'endpoints-on-app-domain=passed', 'client-secret=skipped', 'title=skipped', 'high-trust=passed', 'publish-transforms=passed', 'manifest-version=passed']
assert report.issuerId == 'c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9'
assert report.certificate.file == 'certs/addin.pfx'
assert report.certificate.subject == 'CN=addin.contoso.com,O=Contoso'
assert report.certificate.serialNumber == '6B1F3C0A2E9D4F5B'
assert report.certificate.thumbprint ==~ /[0-9A-F]{64}/
assert report.certificate.notBefore == instant(-30)
assert report.certificate.notAfter == instant(394)
assert report.certificate.daysLeft == 394
assert report.certificate.state == 'valid'
def json = new File(basedir, 'target/addin/registration-report.json').getText('UTF-8')
def page = new File(basedir, 'target/reports/addin-registration.html').getText('UTF-8')
[json, page].each { assert !it.contains(dev.addinreg.certificates.TestCertificates.CANARY_PASSWORD) }
assert page.contains('<dt>Issuer ID</dt>\n<dd id="issuer-id"><code>c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9</code></dd>')
assert page.contains('<h2>Secrets and signing certificate</h2>')
assert page.contains('<g class="certificate-bar state-valid" data-serial="6B1F3C0A2E9D4F5B" data-state="valid">')
assert page.contains('>valid, ends ' + day(context.userProperties, 394) + ' (394 days left)</text>')
assert page.contains('<tr class="b certificate state-valid">\n<td>CN=addin.contoso.com,O=Contoso</td>\n<td><code>6B1F3C0A2E9D4F5B</code></td>\n'
        + '<td><code>' + report.certificate.thumbprint + '</code></td>\n<td>certs/addin.pfx</td>\n<td>' + instant(-30) + '</td>\n'
        + '<td>' + instant(394) + '</td>\n<td>394</td>\n<td>valid</td></tr>')
true
