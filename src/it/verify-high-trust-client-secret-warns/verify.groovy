// A ClientSecret in a high-trust web.config warns without showing it.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] src/main/webapp/Web.config:13 appSettings "ClientSecret": a ClientSecret ships in a high-trust web.config, which does not use it. Found a hidden value (sha256:143c5ada, 44 characters); expected no ClientSecret: a high-trust add-in signs its tokens with its certificate. Fix: remove the ClientSecret entry')
assertLine(log, '[INFO] The add-in files are consistent: 7 checks passed, 1 with warnings, 2 skipped.')
true
