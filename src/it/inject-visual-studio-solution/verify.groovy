// A solution as Visual Studio lays it out, after a Visual Studio build, with no path configured: the add-in's files are found and logged, and no build folder's copy is read or shipped.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] appManifest: Contoso/AppManifest.xml (the only AppManifest.xml in the project)')
assertLine(log, '[INFO] packageDirectory: Contoso (the manifest\'s folder)')
assertLine(log, '[INFO] webConfig: ContosoWeb/Web.config (the only web.config in the project, Views/ aside)')
assertLine(log, '[INFO] Contoso/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] ContosoWeb/Web.config -> target/addin/web/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] Verified target/addin/package/AppManifest.xml, target/addin/web/Web.config')
// the package's files, and none of the copies a Visual Studio build left in bin/, obj/ and pkg/
def shipped = []
new File(basedir, 'target/addin/package').eachFileRecurse(groovy.io.FileType.FILES) { shipped << it.path.substring(basedir.path.length() + 1).replace('\\', '/') }
assert shipped.sort() == ['target/addin/package/AppManifest.xml', 'target/addin/package/Pages/Elements.xml']
assert new File(basedir, 'target/addin/web').list().toList() == ['Web.config']
true
