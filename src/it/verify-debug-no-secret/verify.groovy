// At -X, inject then verify show no secret value in any log line.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertNoLine(log, 'Uk9UQVRFLWFkZGlucmVnLXNlY29uZC1zZWNyZXQtMDI=')
// The debug output is there: Maven printed verify's parameters, which name the variables, never their values.
assertLine(log, '[DEBUG]   (f) clientSecretEnv = ADDIN_CLIENT_SECRET')
assertLine(log, '[DEBUG]   (f) secondaryClientSecretEnv = ADDIN_SECONDARY_CLIENT_SECRET')
assertLine(log, '[INFO]   SecondaryClientSecret  sha256:9a6de956, ends ' + day(context.userProperties, 213) + ' (213 days left), valid')
assertLine(log, '[INFO] The add-in files are consistent: 11 checks passed, 0 with warnings, 0 skipped.')
true
