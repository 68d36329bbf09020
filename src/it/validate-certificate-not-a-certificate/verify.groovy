// A signingCertificate that is no certificate fails, saying what is expected.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <signingCertificate> (-Daddin.signingCertificate): the file is not an X.509 certificate. Found certs/notes.cer; expected a .cer in DER or PEM (-----BEGIN CERTIFICATE-----), or a .pfx/.p12. Fix: export the certificate as .cer, or point signingCertificate at the .pfx')
true
