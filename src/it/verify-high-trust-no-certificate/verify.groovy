// A high-trust web.config naming no signing certificate fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:11 appSettings: the web.config names no signing certificate. Expected ClientSigningCertificateSerialNumber (the certificate in the web server\'s certificate store), or ClientSigningCertificatePath with ClientSigningCertificatePassword. Fix: run addin:inject with signingCertificate configured')
true
