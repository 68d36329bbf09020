// A built .app package: inject writes an edited copy whose other entries are byte-identical, the input untouched;
// verify checks the parts inside the copy.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItPackages.*

def log = read(basedir, canarySecret)
def elements = 'elements9a8c7b6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.xml'
assertLine(log, '[INFO] build/Contoso.Orders.app!/AppManifest.xml -> target/addin/package/Contoso.Orders.app!/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, "[INFO] build/Contoso.Orders.app!/${elements} -> target/addin/package/Contoso.Orders.app!/${elements}: 1 ~remoteAppUrl token replaced")
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin/web/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] build/Contoso.Orders.app -> target/addin/package/Contoso.Orders.app: 9 entries copied unchanged')
assertLine(log, '[INFO] Verified target/addin/package/Contoso.Orders.app!/AppManifest.xml, target/addin/web/Web.config')
assertLine(log, '[INFO]   passed   no ~remoteAppUrl left')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 0 with warnings, 0 skipped.')

def input = new File(basedir, 'build/Contoso.Orders.app')
assert sha256(input) == new File(basedir, 'build/Contoso.Orders.app.sha256').text : 'the input package was modified'
assertSamePackageExcept(input, new File(basedir, 'target/addin/package/Contoso.Orders.app'), new File(basedir, 'expected/parts'))
assertSameBytes(new File(basedir, 'expected/web/Web.config'), new File(basedir, 'target/addin/web/Web.config'))
assert new File(basedir, 'target/addin/package').list() as List == ['Contoso.Orders.app'] : 'only the package goes to package/'
true
