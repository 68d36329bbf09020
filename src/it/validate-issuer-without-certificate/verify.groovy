// An issuer ID without a signing certificate fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <signingCertificate> (-Daddin.signingCertificate): no signing certificate is configured for the high-trust add-in. Expected the .cer or .pfx the add-in signs its tokens with. Fix: set signingCertificate, so the build can check the certificate\'s dates and write its serial number')
true
