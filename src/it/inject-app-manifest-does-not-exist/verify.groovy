// An appManifest that names no file (here Contoso/ for Contoso.Orders/) fails naming it; nothing but its report is written.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. Contoso/AppManifest.xml: the file does not exist. Expected the file appManifest names. Fix: correct appManifest or create the file')
assertNoLine(log, '\tat ')
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
true
