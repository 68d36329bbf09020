// A ClientSigningCertificatePassword that does not open the configured .pfx fails; the shipped password is never shown.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:15 appSettings "ClientSigningCertificatePassword": the password does not open the configured .pfx. Expected the password of certs/addin.pfx. Fix: run addin:inject with the certificate\'s password configured, or configure as signingCertificate the .pfx this password opens')
assertLine(log, '[WARNING] src/main/webapp/Web.config:15 appSettings "ClientSigningCertificatePassword": the signing certificate\'s password ships in web.config. Expected ClientSigningCertificateSerialNumber, with the certificate in the web server\'s certificate store. Fix: for production, leave signingCertificatePath unset so addin:inject writes the serial number, import the .pfx into the server\'s certificate store, and remove ClientSigningCertificatePath and ClientSigningCertificatePassword')
assertNoLine(log, 'Wr0ng-Qx7zK9mTv2')
true
