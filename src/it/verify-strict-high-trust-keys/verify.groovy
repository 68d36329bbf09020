// strict: high-trust signing keys left in a web.config that ships fail.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   warning  no high-trust signing keys')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:14 appSettings "ClientSigningCertificatePath": a high-trust signing key is left in a web.config that ships. Expected no ClientSigningCertificatePath in a low-trust (client secret) add-in. Fix: remove the entry, or empty its value; a certificate path or password should not ship')
assertLine(log, '[ERROR]   2. src/main/webapp/Web.config:15 appSettings "ClientSigningCertificatePassword": a high-trust signing key is left in a web.config that ships. Expected no ClientSigningCertificatePassword in a low-trust (client secret) add-in. Fix: remove the entry, or empty its value; a certificate path or password should not ship')
true
