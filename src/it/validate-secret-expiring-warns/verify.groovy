// A client secret ending within 30 days warns with the days left; the build passes.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in 14 days. Found end date ' + day(context.userProperties, 14) + '; expected more than 30 days left (expiryWarningDays). Fix: add a new secret now: make it the client secret and keep this one as the secondary client secret until it ends')
assertLine(log, '[INFO] Client ID              6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba')
assertLine(log, '[INFO] ClientSecret           sha256:143c5ada, ends ' + day(context.userProperties, 14) + ' (14 days left), from environment variable ADDIN_CLIENT_SECRET')
assertLine(log, '[INFO] Registration values are valid (1 warning).')
true
