// A client ID inside a location section applies to another path, not to the application: a warning says so; the build passes.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] src/main/webapp/Web.config:8 <location path="admin"> appSettings "ClientId": ClientId here applies to the path admin, not to the application, whose appSettings TokenHelper reads. Expected ClientId in configuration/appSettings. Fix: move the entry to configuration/appSettings, where addin:inject sets it, or remove it')
assertLine(log, '[INFO] The add-in files are consistent: 8 checks passed, 1 with warnings, 0 skipped.')
true
