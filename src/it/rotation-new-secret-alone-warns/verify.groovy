// Rotation: a client secret made two hours ago with no secondary to fall back on warns; the build passes.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import dev.addinreg.it.ItDates

def log = read(basedir, canarySecret)
assertLine(log, '[INFO]   warning  configured registration values')
assertLine(log, '[WARNING] environment variable ADDIN_CLIENT_SECRET: the client secret (sha256:143c5ada) started 2 hours ago and no valid secondary client secret is configured. Found start ' + context.userProperties[ItDates.TWO_HOURS_AGO] + '; expected the previous secret kept as the secondary client secret for 24 hours (newSecretDelayHours). Fix: a new secret can take up to a day to be accepted; keep the old one as secondaryClientSecret until then')
assertLine(log, '[INFO] The add-in files are consistent: 9 checks passed, 1 with warnings, 0 skipped.')
assert new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json')).secrets[0].startDate == context.userProperties[ItDates.TWO_HOURS_AGO]
true
