// signingCertificatePath with no password fails: web.config needs the password beside the path.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. environment variable IT_UNSET_VARIABLE or user property addin.signingCertificatePassword: no signing certificate\'s password is configured, and web.config needs one beside ClientSigningCertificatePath. Expected the password of the .pfx at C:\\Certs\\addin.pfx. Fix: give the password in environment variable IT_UNSET_VARIABLE or user property addin.signingCertificatePassword; or remove signingCertificatePath, so web.config gets the serial number and the certificate comes from the Windows certificate store, as Microsoft advises for production')
true
