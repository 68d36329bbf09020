// failWithinDays=60 fails a secret that ends in 45 days.
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
assertLine(log, '[INFO]   ClientSecret           sha256:143c5ada, ends 2026-07-16 (45 days left), valid')
assertLine(log, '[INFO] Report: target/addin/registration-report.json')
assertLine(log, '[ERROR]   1. <failWithinDays> (-Daddin.failWithinDays): the client secret (sha256:143c5ada) ends within 60 days. Found end date 2026-07-16 (45 days left); expected more than 60 days left. Fix: rotate the secret now: make the new one the client secret and keep this one as the secondary client secret until it ends')
true
