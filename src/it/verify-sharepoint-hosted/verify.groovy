// A SharePoint-hosted add-in passes verify: no registration to verify, only its manifest's Version and ProductID.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml: SharePoint-hosted add-in (AppPrincipal/Internal), no registration to verify.')
assertLine(log, '[INFO]   skipped  registration in the files (SharePoint-hosted add-in (AppPrincipal/Internal): there is no registration to verify)')
assertLine(log, '[INFO]   passed   manifest Version and ProductID valid')
assertLine(log, '[INFO]   skipped  configured registration values (SharePoint-hosted add-in: the registration is not used)')
assertLine(log, '[INFO] The add-in files are consistent: 2 checks passed, 0 with warnings, 2 skipped.')
true
