// A signing certificate that is not valid yet fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. certs/addin.pfx: the signing certificate (serial 6B1F3C0A2E9D4F5B) is not valid yet. Found NotBefore ' + instant(14) + '; expected a certificate valid today, ' + day(context.userProperties, 0) + '. Fix: use a certificate that is valid now; if it was just made, check the clock and time zone of the machine that made it')
true
