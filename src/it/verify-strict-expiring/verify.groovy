// strict: a secret ending within expiryWarningDays fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO] Verified src/main/sharepoint/AppManifest.xml, src/main/webapp/Web.config')
assertLine(log, '[INFO]   warning  configured registration values')
assertLine(log, '[INFO]   passed   files readable')
assertLine(log, '[INFO]   passed   client IDs well-formed and consistent')
assertLine(log, '[INFO]   passed   no ~remoteAppUrl left')
assertLine(log, '[INFO]   passed   start page and event endpoints on the add-in domain')
assertLine(log, '[INFO]   passed   web.config secrets valid and configured')
assertLine(log, '[INFO]   passed   manifest title matches')
assertLine(log, '[INFO]   passed   no high-trust signing keys')
assertLine(log, '[INFO]   ClientSecret           sha256:143c5ada, ends 2026-06-15 (14 days left), expiring')
assertLine(log, '[INFO] Report: target/addin/registration-report.json')
assertLine(log, '[ERROR]   1. <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in 14 days. Found end date 2026-06-15; expected more than 30 days left (expiryWarningDays). Fix: add a new secret now: make it the client secret and keep this one as the secondary client secret until it ends')
true
