// strict: SecondaryClientSecret equal to ClientSecret in web.config fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   warning  web.config secrets valid and configured')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:14 appSettings "SecondaryClientSecret": SecondaryClientSecret equals ClientSecret. Found a hidden value (sha256:143c5ada, 44 characters); expected a different secret, or no SecondaryClientSecret. Fix: during a rotation the secondary is the old secret; outside one, remove it')
true
