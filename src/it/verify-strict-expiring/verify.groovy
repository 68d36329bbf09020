// strict: a secret ending within expiryWarningDays fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   warning  configured registration values')
assertLine(log, '[ERROR]   1. <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in 14 days. Found end date ' + day(context.userProperties, 14) + '; expected more than 30 days left (expiryWarningDays). Fix: add a new secret now: make it the client secret and keep this one as the secondary client secret until it ends')
// The report's result is the build's, failed, though the check itself is a warning.
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json'))
assert report.result == 'failed'
assert report.checks.find { it.id == 'configured-values' }.outcome == 'warning'
true
