// At -X, a secret from a settings.xml server password (plain) appears in no log line; its username is the client ID.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[DEBUG]   (f) serverId = addin-test')
assertLine(log, '[INFO] Client ID              6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba')
assertLine(log, '[INFO] ClientSecret           sha256:143c5ada, ends ' + day(context.userProperties, 394) + ' (394 days left), from settings.xml server "addin-test" password')
assertLine(log, '[INFO] Registration values are valid.')
true
