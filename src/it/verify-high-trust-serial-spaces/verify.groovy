// A serial number copied with its spaces fails, with the digits to use.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:14 appSettings "ClientSigningCertificateSerialNumber": the serial number holds spaces. Found "6b 1f 3c 0a 2e 9d 4f 5b"; expected hex digits only, such as 6B1F3C0A2E9D4F5B8C7A. Fix: use "6b1f3c0a2e9d4f5b" (the serial without anything but its hex digits)')
true
