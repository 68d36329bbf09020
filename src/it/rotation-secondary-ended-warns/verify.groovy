// Rotation: a secondary client secret that has ended warns that it should be removed; the build passes.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day

def log = read(basedir, canarySecret)
assertLine(log, '[INFO]   warning  configured registration values')
assertLine(log, '[WARNING] <secondaryClientSecretExpires> (-Daddin.secondaryClientSecretExpires): the secondary client secret (sha256:9f4509e1) has ended. Found end date ' + day(context.userProperties, -17) + ' (17 days ago); expected a secondary secret that is still valid, or none. Fix: the rotation is over: remove the secondary client secret and its end date')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 1 with warnings, 0 skipped.')
true
