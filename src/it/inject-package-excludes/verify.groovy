// packageExcludes leaves files of the package folder out of what inject copies and verify scans.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
// matched ignoring case, as Windows names files: drafts/** leaves Drafts/ out
assert !new File(basedir, 'target/addin/package/Drafts').exists()
assert new File(basedir, 'target/addin/package/OrdersPart/Elements.xml').isFile()
assertNoLine(log, 'Drafts')
assertLine(log, '[INFO] The add-in files are consistent: 9 checks passed, 0 with warnings, 1 skipped.')
true
