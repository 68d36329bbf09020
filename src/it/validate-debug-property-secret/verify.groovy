// At -X, a secret from -Daddin.clientSecret appears in no log line; a warning says the command line is visible.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[DEBUG]   (f) clientSecretEnv = IT_UNSET_VARIABLE')
assertLine(log, '[WARNING] A secret is given with -Daddin.clientSecret: a command line is visible to other users of this machine and kept in shell history. Use it for local trials only; in CI use the environment variable named by clientSecretEnv or a settings.xml server (serverId).')
assertLine(log, '[INFO] Client ID              6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba')
assertLine(log, '[INFO] ClientSecret           sha256:143c5ada, ends ' + day(context.userProperties, 394) + ' (394 days left), from user property addin.clientSecret')
assertLine(log, '[INFO] Registration values are valid.')
// Maven 4 echoes its own command line at -X, secret included: the plugin's warning above is why. Nothing else shows it.
def echoes = log.findAll { it.contains(canarySecret) }
// the version line follows the pre-build script's lines
if (log.any { it.startsWith('Apache Maven 4') }) {
    assert echoes.size() == 1 && isMavenCommandLine(echoes[0]) : 'only Maven 4\'s echo of its command line'
} else {
    assert echoes.isEmpty()
}
true
