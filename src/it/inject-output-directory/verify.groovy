// Default mode: processed copies under target/addin differ from the sources only in the values set; sources and Views/Web.config untouched.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin/web/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
assertSameTree(new File(basedir, 'expected'), new File(basedir, 'target/addin'))
// what .NET itself reads from what ships: the registration
if (dev.addinreg.dotnet.DotNetAppSettings.canRead()) {
    def dotNet = dev.addinreg.dotnet.DotNetAppSettings.read(new File(basedir, 'target/addin/web/Web.config').toPath(), ['ClientId', 'ClientSecret'])
    assert dotNet == [ClientId: '6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba', ClientSecret: dev.addinreg.dotnet.DotNetAppSettings.secret(canarySecret)]
}
true
