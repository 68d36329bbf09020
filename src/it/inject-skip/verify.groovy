// skipInject=true logs one fixed line and writes nothing.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] Skipping addin:inject: addin.skipInject is true.')
assertNoLine(log, '->')
assert !new File(basedir, 'target/addin').exists() : 'nothing may be written'
true
