// At -X, a secret from a settings.xml server password (plain) appears in no log line; its username is the client ID.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[DEBUG]   (f) serverId = addin-test')
assertLine(log, '[INFO] Client ID              6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba')
assertLine(log, '[INFO] ClientSecret           sha256:143c5ada, ends 2027-06-30 (394 days left), from settings.xml server "addin-test" password')
assertLine(log, '[INFO] Registration values are valid.')
true
