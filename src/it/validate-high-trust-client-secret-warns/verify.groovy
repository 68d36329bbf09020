// A client secret configured for a high-trust add-in warns that it is not written.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] environment variable ADDIN_CLIENT_SECRET: a client secret is configured for a high-trust add-in. Found a hidden value (sha256:143c5ada, 44 characters); expected no client secret: a high-trust add-in signs its tokens with its certificate, and addin:inject writes no ClientSecret for it. Fix: remove the client secret from this build\'s configuration; or, for a low-trust add-in, remove issuerId')
assertLine(log, '[INFO] Registration values are valid (1 warning).')
true
