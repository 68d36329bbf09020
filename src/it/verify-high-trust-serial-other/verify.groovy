// A serial number that is not the signing certificate's fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:14 appSettings "ClientSigningCertificateSerialNumber": the serial number is not the signing certificate\'s. Found "0A1B2C3D"; expected "6B1F3C0A2E9D4F5B", the serial of certs/addin.pfx (CN=addin.contoso.com,O=Contoso). Fix: run addin:inject with this certificate, or configure as signingCertificate the certificate this serial number is')
true
