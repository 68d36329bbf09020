// A signing certificate ending within expiryWarningDays warns; the build passes.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] certs/addin.pfx: the signing certificate (serial 6B1F3C0A2E9D4F5B) expires in 14 days. Found NotAfter ' + instant(14) + '; expected more than 30 days left (expiryWarningDays). Fix: renew the certificate now: register the new one with the farm\'s token issuer, configure it as signingCertificate and redeploy the add-in before this one ends')
assertLine(log, '[INFO] Issuer ID              c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9')
assertLine(log, '[INFO] Signing certificate    CN=addin.contoso.com,O=Contoso, serial 6B1F3C0A2E9D4F5B, ends ' + day(context.userProperties, 14) + ' (14 days left)')
assertLine(log, '[INFO] Certificate in config  serial number (the certificate in the web server\'s certificate store)')
assertLine(log, '[INFO] Registration values are valid (1 warning).')
true
