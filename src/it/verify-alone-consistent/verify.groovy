// verify alone on committed files that already hold the registration passes, reading the sources.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 0 with warnings, 0 skipped.')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
true
