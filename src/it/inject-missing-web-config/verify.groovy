// A provider-hosted add-in without web.config fails, pointing at webConfig and skipWebConfig; nothing is written.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config: there is no web.config. Expected the provider-hosted add-in\'s Web.config (or web.config) at this path. Fix: set webConfig to the web application\'s Web.config; if the web application keeps its settings elsewhere (ASP.NET Core\'s appsettings.json), set skipWebConfig')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
true
