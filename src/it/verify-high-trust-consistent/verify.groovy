// A high-trust web.config with the configured issuer and the certificate's serial passes; the client-secret checks stand aside.
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
true
