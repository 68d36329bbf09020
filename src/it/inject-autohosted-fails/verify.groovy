// An autohosted manifest (AutoDeployedWebApplication, retired) fails with its line; nothing is written.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:16: the add-in is autohosted (AutoDeployedWebApplication). Found <AutoDeployedWebApplication>; expected <RemoteWebApplication ClientId="*" /> or <Internal />. Fix: autohosted add-ins were retired by Microsoft in 2014; host the web application yourself, register it on AppRegNew.aspx and use <RemoteWebApplication ClientId="*" />')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
true
