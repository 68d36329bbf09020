// An environment variable and a -D property giving different secrets fail, naming both sources.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] A secret is given with -Daddin.clientSecret: a command line is visible to other users of this machine and kept in shell history. Use it for local trials only; in CI use the environment variable named by clientSecretEnv or a settings.xml server (serverId).')
assertLine(log, '[ERROR]   1. environment variable ADDIN_CLIENT_SECRET and user property addin.clientSecret: two sources give different values for the client secret. Found sha256:143c5ada and sha256:9f4509e1; expected one value, or sources that agree. Fix: give the client secret in one place only, or make both the same')
true
