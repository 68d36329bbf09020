// A SharePoint-hosted manifest needs no registration: one INFO line, files copied unchanged, web.config left alone.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml: SharePoint-hosted add-in (AppPrincipal/Internal), no registration to inject.')
assertLine(log, '[INFO] 2 files without registration values copied to target/addin (2 written).')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
assertSameTree(new File(basedir, 'expected'), new File(basedir, 'target/addin'))
true
