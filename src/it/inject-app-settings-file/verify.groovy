// The values live in the file the appSettings section names, which .NET reads after it: inject sets them there, both files ship, and .NET reads the registration.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/webapp/appSettings.config -> target/addin/web/appSettings.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] Verified target/addin/package/AppManifest.xml, target/addin/web/Web.config, target/addin/web/appSettings.config')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 0 with warnings, 0 skipped.')
assertSameBytes(new File(basedir, 'src/main/webapp/Web.config'), new File(basedir, 'target/addin/web/Web.config'))
def written = new File(basedir, 'target/addin/web/appSettings.config').getText('UTF-8')
assert written == new File(basedir, 'src/main/webapp/appSettings.config').getText('UTF-8')
        .replace('value="ID"', 'value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"').replace('value="CLIENT"', 'value="' + canarySecret + '"')
// what .NET itself reads from what ships: the registration
if (dev.addinreg.dotnet.DotNetAppSettings.canRead()) {
    def dotNet = dev.addinreg.dotnet.DotNetAppSettings.read(new File(basedir, 'target/addin/web/Web.config').toPath(), ['ClientId', 'ClientSecret'])
    assert dotNet == [ClientId: '6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba', ClientSecret: dev.addinreg.dotnet.DotNetAppSettings.secret(canarySecret)]
}
true
