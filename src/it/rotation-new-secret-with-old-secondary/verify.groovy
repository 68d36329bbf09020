// Rotation: a client secret made two hours ago, with the old one kept as the secondary and valid, builds with no warning.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] The add-in files are consistent: 11 checks passed, 0 with warnings, 0 skipped.')
assertNoLine(log, '[WARNING]')
true
