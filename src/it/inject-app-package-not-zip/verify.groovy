// An appPackage that is not a zip fails clearly; nothing is written.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. build/Contoso.Orders.app: this is not a zip file, as an add-in package (.app) is. Expected an add-in package (.app) as Visual Studio builds it. Fix: point appPackage at the .app file that Visual Studio or msbuild built; a damaged package must be built again')
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
true
