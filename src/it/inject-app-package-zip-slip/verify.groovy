// A built package holding an entry named ../../evil.xml fails, naming the entry; nothing is written.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. build/Contoso.Orders.app: the package holds an entry whose name leaves the package\'s folder. Found "../../evil.xml"; expected an add-in package (.app) as Visual Studio builds it. Fix: build the package again from trusted sources: names such as ../ or an absolute path are how a zip overwrites files outside the folder it is unpacked in')
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
assert !new File(basedir, '../evil.xml').exists() && !new File(basedir, 'evil.xml').exists()
true
