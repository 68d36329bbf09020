// An expired client secret fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) has expired. Found end date ' + day(context.userProperties, -31) + ' (31 days ago); expected an end date after today, ' + day(context.userProperties, 0) + '. Fix: generate a new secret for this client ID, configure it with its end date, and redeploy the add-in')
true
