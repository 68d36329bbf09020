// With no registration configured, a web.config with an IssuerId is checked as high-trust.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[INFO]   skipped  web.config secrets valid and configured (high-trust add-in: it signs its tokens with its certificate)')
assertLine(log, '[INFO]   passed   high-trust issuer and signing certificate')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json'))
assert report.checks.find { it.id == 'high-trust' }.note == 'no issuerId configured: checked as the web.config says'
assertLine(log, '[INFO] The add-in files are consistent: 8 checks passed, 0 with warnings, 2 skipped.')
true
