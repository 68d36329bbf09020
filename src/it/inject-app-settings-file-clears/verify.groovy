// The file the appSettings section names clears the section's entries: inject writes nothing .NET would throw away (only its report), and fails naming both lines.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:7 appSettings "ClientId": ClientId set here would be deleted by <clear/> at src/main/webapp/appSettings.config:2, so .NET would read no ClientId. Expected no <clear/> or <remove key="ClientId"/> after the entry that sets it. Fix: remove the <clear/> at src/main/webapp/appSettings.config:2, or set ClientId after it in src/main/webapp/appSettings.config')
assertLine(log, '[ERROR]   2. src/main/webapp/Web.config:8 appSettings "ClientSecret": ClientSecret set here would be deleted by <clear/> at src/main/webapp/appSettings.config:2, so .NET would read no ClientSecret. Expected no <clear/> or <remove key="ClientSecret"/> after the entry that sets it. Fix: remove the <clear/> at src/main/webapp/appSettings.config:2, or set ClientSecret after it in src/main/webapp/appSettings.config')
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
true
