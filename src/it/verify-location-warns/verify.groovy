// A client ID inside a location section applies to another path, not to the application: a warning says so; the build passes.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] src/main/webapp/Web.config:8 <location path="admin"> appSettings "ClientId": ClientId here applies to the path admin, not to the application, whose appSettings TokenHelper reads. Expected ClientId in configuration/appSettings. Fix: move the entry to configuration/appSettings, where addin:inject sets it, or remove it')
assertLine(log, '[INFO] The add-in files are consistent: 9 checks passed, 1 with warnings, 0 skipped.')
// what .NET itself reads from what ships: the registration
if (dev.addinreg.dotnet.DotNetAppSettings.canRead()) {
    def dotNet = dev.addinreg.dotnet.DotNetAppSettings.read(new File(basedir, 'target/addin/web/Web.config').toPath(), ['ClientId', 'ClientSecret'])
    assert dotNet == [ClientId: '6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba', ClientSecret: dev.addinreg.dotnet.DotNetAppSettings.secret(canarySecret)]
}
true
