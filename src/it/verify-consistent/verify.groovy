// inject then verify: every check passes, and registration-report.json holds every field and no secret.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin/web/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertLine(log, '[INFO] Verified target/addin/package/AppManifest.xml, target/addin/web/Web.config')
assertLine(log, '[INFO]   passed   configured registration values')
assertLine(log, '[INFO]   passed   files readable')
assertLine(log, '[INFO]   passed   client IDs well-formed and consistent')
assertLine(log, '[INFO]   passed   no ~remoteAppUrl left')
assertLine(log, '[INFO]   passed   start page and event endpoints on the add-in domain')
assertLine(log, '[INFO]   passed   web.config secrets valid and configured')
assertLine(log, '[INFO]   passed   manifest title matches')
assertLine(log, '[INFO]   passed   no high-trust signing keys')
assertLine(log, '[INFO]   passed   no publish transform changes the registration')
assertLine(log, '[INFO]   passed   manifest Version and ProductID valid')
assertLine(log, '[INFO]   ClientSecret           sha256:143c5ada, ends ' + day(context.userProperties, 394) + ' (394 days left), valid')
assertLine(log, '[INFO] Report: target/addin/registration-report.json')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 0 with warnings, 0 skipped.')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json'))
assert !new File(basedir, 'target/addin/registration-report.json').text.contains(canarySecret)
assert report.keySet() as List == ['execution', 'date', 'result', 'hosting', 'version', 'clientId', 'issuerId', 'appDomain', 'redirectUri', 'files', 'expiryWarningDays', 'secrets', 'certificate', 'checks']
assert report.issuerId == null && report.certificate == null
assert report.expiryWarningDays == 30
assert report.execution == 'default' && report.date == day(context.userProperties, 0) && report.result == 'passed' && report.hosting == 'provider-hosted'
assert report.version == '1.0.0.0'
assert report.clientId == '6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba' && report.appDomain == 'addin.contoso.com'
assert report.redirectUri == 'https://addin.contoso.com/Pages/Default.aspx'
assert report.files == ['target/addin/package/AppManifest.xml', 'target/addin/web/Web.config']
assert report.secrets.size() == 1
def s = report.secrets[0]
assert s.key == 'ClientSecret' && s.fingerprint == 'sha256:143c5ada' && s.source == 'environment variable ADDIN_CLIENT_SECRET'
assert s.startDate == null && s.endDate == day(context.userProperties, 394) && s.daysLeft == 394 && s.state == 'valid'
assert report.checks.collect { it.id + '=' + it.outcome } == ['configured-values=passed', 'files-readable=passed', 'client-id-consistent=passed', 'no-remote-app-url=passed', 'endpoints-on-app-domain=passed', 'client-secret=passed', 'title=passed', 'no-high-trust-keys=passed', 'publish-transforms=passed', 'manifest-version=passed']
assert report.checks.every { it.problems == [] }
true
