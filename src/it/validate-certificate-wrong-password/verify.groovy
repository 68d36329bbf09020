// A password that does not open the .pfx fails, and the password appears in no log line at -X.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <signingCertificate> (-Daddin.signingCertificate): the password does not open the .pfx. Found certs/addin.pfx; expected the password the .pfx was exported with. Fix: configure the certificate\'s password, or export the certificate again with the password you configured')
// not even at -X
assertNoLine(log, 'Wr0ng-Qx7zK9mTv2')
true
