// A second build with a new secret: web.config is written with the new secret; the manifest and the package
// file, whose bytes do not change, are found up to date.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
def rotated = 'Uk9UQVRFLWFkZGlucmVnLXNlY29uZC1zZWNyZXQtMDI='
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced (up to date, not rewritten)')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced (up to date, not rewritten)')
def webLines = log.findAll { it.contains('[INFO] src/main/webapp/Web.config -> target/addin/web/Web.config: ClientId set, ClientSecret set') }
assert webLines.size() == 2 && webLines.every { !it.contains('up to date') } : "web.config written by both builds: ${webLines}"
assertNoLine(log, rotated)
assertSameTree(new File(basedir, 'expected'), new File(basedir, 'target/addin'))
true
