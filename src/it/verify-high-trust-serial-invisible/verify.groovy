// A serial number with an invisible left-to-right mark fails, naming it by its code point.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:14 appSettings "ClientSigningCertificateSerialNumber": the serial number holds an invisible character, U+200E (LEFT-TO-RIGHT MARK), as copying it from the certificate dialog adds. Found "<U+200E>6B1F3C0A2E9D4F5B"; expected hex digits only, such as 6B1F3C0A2E9D4F5B8C7A. Fix: use "6B1F3C0A2E9D4F5B" (the serial without anything but its hex digits)')
true
