// verify fails when the signing certificate has expired.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[INFO]   failed   configured registration values')
assertLine(log, '[ERROR]   1. certs/addin.pfx: the signing certificate (serial 6B1F3C0A2E9D4F5B) has expired. Found NotAfter ' + instant(-31) + ' (31 days ago); expected a certificate valid today, ' + day(context.userProperties, 0) + '. Fix: create a new certificate, register it with the farm\'s token issuer (New-SPTrustedSecurityTokenIssuer), configure it as signingCertificate and redeploy the add-in; until then SharePoint answers the add-in\'s calls with 401 Unauthorized')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json'))
assert report.result == 'failed'
assert report.certificate.notAfter == instant(-31)
assert report.certificate.daysLeft == -31
assert report.certificate.state == 'expired'
true
