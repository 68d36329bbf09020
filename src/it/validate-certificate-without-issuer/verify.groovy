// A signing certificate without an issuer ID fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <signingCertificate> (-Daddin.signingCertificate): a signing certificate is configured without an issuer ID. Expected issuerId with it: setting issuerId makes the add-in high-trust. Fix: set issuerId to the ID of the token issuer the farm trusts for this certificate; for a low-trust add-in, remove <signingCertificate> (-Daddin.signingCertificate)')
true
