// A web.config setting ClientId twice (keys match ignoring case) fails naming both lines; nothing is written.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:12 and 14: appSettings key "ClientId" is set 2 times. Expected one <add key="ClientId"> entry. Fix: remove all but one; .NET would use the last one silently')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
true
