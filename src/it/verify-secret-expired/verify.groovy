// The configured secret has expired.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO] Verified src/main/sharepoint/AppManifest.xml, src/main/webapp/Web.config')
assertLine(log, '[INFO]   failed   configured registration values')
assertLine(log, '[INFO]   passed   files readable')
assertLine(log, '[INFO]   passed   client IDs well-formed and consistent')
assertLine(log, '[INFO]   passed   no ~remoteAppUrl left')
assertLine(log, '[INFO]   passed   start page and event endpoints on the add-in domain')
assertLine(log, '[INFO]   passed   web.config secrets valid and configured')
assertLine(log, '[INFO]   passed   manifest title matches')
assertLine(log, '[INFO]   passed   no high-trust signing keys')
assertLine(log, '[INFO]   ClientSecret           sha256:143c5ada, ends 2026-05-01 (-31 days left), expired')
assertLine(log, '[INFO] Report: target/addin/registration-report.json')
assertLine(log, '[ERROR]   1. <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) has expired. Found end date 2026-05-01 (31 days ago); expected an end date after today, 2026-06-01. Fix: generate a new secret for this client ID, configure it with its end date, and redeploy the add-in')
true
