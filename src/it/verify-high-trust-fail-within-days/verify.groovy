// failWithinDays fails on a signing certificate ending within that many days.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <failWithinDays> (-Daddin.failWithinDays): the signing certificate (serial 6B1F3C0A2E9D4F5B) ends within 21 days. Found NotAfter ' + instant(14) + ' (14 days left); expected more than 21 days left. Fix: renew the certificate now: register the new one with the farm\'s token issuer, configure it as signingCertificate and redeploy the add-in')
true
