// skip=true logs one fixed line and checks nothing.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] Skipping addin:validate: addin.skip is true.')
assertNoLine(log, 'Registration values are')
true
