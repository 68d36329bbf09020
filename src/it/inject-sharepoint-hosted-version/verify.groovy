// A SharePoint-hosted manifest with a version configured: it gets its Version and nothing else, web.config left alone.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml: SharePoint-hosted add-in (AppPrincipal/Internal), no registration to inject.')
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: Version set')
assertLine(log, '[INFO] 1 file without registration values copied to target/addin (1 written).')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
assertSameTree(new File(basedir, 'expected'), new File(basedir, 'target/addin'))
true
