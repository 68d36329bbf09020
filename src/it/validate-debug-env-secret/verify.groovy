// At -X, a secret from the environment variable appears in no log line.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[DEBUG]   (f) clientSecretEnv = ADDIN_CLIENT_SECRET')
assertLine(log, '[INFO] Client ID              6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba')
assertLine(log, '[INFO] ClientSecret           sha256:143c5ada, ends ' + day(context.userProperties, 394) + ' (394 days left), from environment variable ADDIN_CLIENT_SECRET')
assertLine(log, '[INFO] Registration values are valid.')
true
