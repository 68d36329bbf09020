// The configured secret has expired.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   configured registration values')
assertLine(log, '[ERROR]   1. <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) has expired. Found end date 2026-05-01 (31 days ago); expected an end date after today, 2026-06-01. Fix: generate a new secret for this client ID, configure it with its end date, and redeploy the add-in')
true
