// strict: SecondaryClientSecret equal to ClientSecret in web.config fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO] Verified src/main/sharepoint/AppManifest.xml, src/main/webapp/Web.config')
assertLine(log, '[INFO]   passed   configured registration values')
assertLine(log, '[INFO]   passed   files readable')
assertLine(log, '[INFO]   passed   client IDs well-formed and consistent')
assertLine(log, '[INFO]   passed   no ~remoteAppUrl left')
assertLine(log, '[INFO]   passed   start page and event endpoints on the add-in domain')
assertLine(log, '[INFO]   warning  web.config secrets valid and configured')
assertLine(log, '[INFO]   passed   manifest title matches')
assertLine(log, '[INFO]   passed   no high-trust signing keys')
assertLine(log, '[INFO]   ClientSecret           sha256:143c5ada, ends 2027-06-30 (394 days left), valid')
assertLine(log, '[INFO] Report: target/addin/registration-report.json')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:14 appSettings "SecondaryClientSecret": SecondaryClientSecret equals ClientSecret. Found a hidden value (sha256:143c5ada, 44 characters); expected a different secret, or no SecondaryClientSecret. Fix: during a rotation the secondary is the old secret; outside one, remove it')
true
