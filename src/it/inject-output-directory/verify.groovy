// Default mode: processed copies under target/addin differ from the sources only in the values set; sources and Views/Web.config untouched.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin/web/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
assertSameTree(new File(basedir, 'expected'), new File(basedir, 'target/addin'))
true
