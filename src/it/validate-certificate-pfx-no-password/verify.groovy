// A .pfx with no password configured fails, naming where the password is read from.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. environment variable IT_UNSET_VARIABLE or user property addin.signingCertificatePassword: no signing certificate\'s password is configured, and the .pfx needs it. Expected the password that opens certs/addin.pfx. Fix: give the password in environment variable IT_UNSET_VARIABLE or user property addin.signingCertificatePassword; or point signingCertificate at the certificate\'s .cer, which has no password')
true
