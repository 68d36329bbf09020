// A signingCertificate naming no file fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <signingCertificate> (-Daddin.signingCertificate): there is no certificate file. Found certs/none.cer; expected the add-in\'s signing certificate: a .cer, or a .pfx with its password. Fix: correct signingCertificate, or export the certificate to this file')
true
