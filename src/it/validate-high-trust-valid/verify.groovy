// At -X, a high-trust registration with a valid .pfx is valid, its summary shows the certificate, and the password appears in no log line.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] Issuer ID              c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9')
assertLine(log, '[INFO] Signing certificate    CN=addin.contoso.com,O=Contoso, serial 6B1F3C0A2E9D4F5B, ends ' + day(context.userProperties, 394) + ' (394 days left)')
assertLine(log, '[INFO] Certificate in config  serial number (the certificate in the web server\'s certificate store)')
assertLine(log, '[INFO] Registration values are valid.')
// at -X Maven prints the configuration: the certificate's path and the password's source, never the password
assertNoLine(log, 'CANARY-Qz9Kx2Lm')
true
