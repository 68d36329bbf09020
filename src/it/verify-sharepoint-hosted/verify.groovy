// A SharePoint-hosted add-in passes verify: there is nothing to verify.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml: SharePoint-hosted add-in (AppPrincipal/Internal), there is nothing to verify.')
assertLine(log, '[INFO]   skipped  registration in the files (SharePoint-hosted add-in (AppPrincipal/Internal): there is nothing to verify)')
assertLine(log, '[INFO]   skipped  configured registration values (SharePoint-hosted add-in: the registration is not used)')
assertLine(log, '[INFO] The add-in files are consistent: 1 check passed, 0 with warnings, 2 skipped.')
true
