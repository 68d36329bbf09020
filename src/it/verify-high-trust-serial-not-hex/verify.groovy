// A serial number holding a character that is no hex digit fails, naming it.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:14 appSettings "ClientSigningCertificateSerialNumber": the serial number holds \':\' (U+003A), which is no hex digit. Found "6B:1F:3C:0A:2E:9D:4F:5B"; expected hex digits only, such as 6B1F3C0A2E9D4F5B8C7A. Fix: use "6B1F3C0A2E9D4F5B" (the serial without anything but its hex digits)')
true
