// strict: a certificate password in the web.config that ships fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[INFO]   warning  high-trust issuer and signing certificate')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:15 appSettings "ClientSigningCertificatePassword": the signing certificate\'s password ships in web.config. Expected ClientSigningCertificateSerialNumber, with the certificate in the web server\'s certificate store. Fix: for production, leave signingCertificatePath unset so addin:inject writes the serial number, import the .pfx into the server\'s certificate store, and remove ClientSigningCertificatePath and ClientSigningCertificatePassword')
true
