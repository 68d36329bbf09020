// strict=true turns the expiring-soon warning into a failure.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in 14 days. Found end date ' + day(context.userProperties, 14) + '; expected more than 30 days left (expiryWarningDays). Fix: add a new secret now: make it the client secret and keep this one as the secondary client secret until it ends')
true
