// Web.Release.config replaces the client secret when the web project is published: a warning names the transform; the build passes.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] src/main/webapp/Web.Release.config:4 appSettings "ClientSecret": a publish transform changes ClientSecret when the web project is published, after addin:inject set it. Found xdt:Transform="SetAttributes"; expected no transform of the registration\'s keys. Fix: remove the transform of ClientSecret from Web.Release.config, or run addin:inject on the published web.config')
assertLine(log, '[INFO]   warning  no publish transform changes the registration')
assertLine(log, '[INFO] The add-in files are consistent: 9 checks passed, 1 with warnings, 0 skipped.')
// what .NET itself reads from what ships: the registration
if (dev.addinreg.dotnet.DotNetAppSettings.canRead()) {
    def dotNet = dev.addinreg.dotnet.DotNetAppSettings.read(new File(basedir, 'target/addin/web/Web.config').toPath(), ['ClientId', 'ClientSecret'])
    assert dotNet == [ClientId: '6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba', ClientSecret: dev.addinreg.dotnet.DotNetAppSettings.secret(canarySecret)]
}
true
