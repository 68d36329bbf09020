// No client secret anywhere (the most common CI failure): inject fails saying where to give it, and writes nothing but its report.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. ClientSecret in src/main/webapp/Web.config: no client secret is configured. Expected the client secret to write there. Fix: set the environment variable ADDIN_CLIENT_SECRET (or the one clientSecretEnv names) to the secret; in CI, map the secret store\'s entry to it; or name a settings.xml server whose password is the secret with serverId')
assertLine(log, '[INFO] Report with the problems found: target/addin/registration-report.json')
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
true
