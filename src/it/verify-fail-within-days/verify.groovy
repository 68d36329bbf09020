// failWithinDays=60 fails a secret that ends in 45 days.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   configured registration values')
assertLine(log, '[ERROR]   1. <failWithinDays> (-Daddin.failWithinDays): the client secret (sha256:143c5ada) ends within 60 days. Found end date ' + day(context.userProperties, 45) + ' (45 days left); expected more than 60 days left. Fix: rotate the secret now: make the new one the client secret and keep this one as the secondary client secret until it ends')
true
