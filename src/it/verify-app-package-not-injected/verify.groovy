// verify alone on a built package that was never injected: the placeholder client ID and every ~remoteAppUrl are named inside the package.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO] Verified build/Contoso.Orders.app!/AppManifest.xml, build/Contoso.Orders.app!/elements9a8c7b6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.xml, src/main/webapp/Web.config')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:12 appSettings "ClientId": the value is empty. Expected <add key="ClientId" value="..." />. Fix: run addin:inject before addin:verify, and ship its output')
assertLine(log, '[ERROR]   2. build/Contoso.Orders.app!/AppManifest.xml:16 RemoteWebApplication/@ClientId: the client ID is the placeholder *. Found "*"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba. Fix: set the client ID AppRegNew.aspx gave for this add-in; * must never ship')
assertLine(log, '[ERROR]   3. build/Contoso.Orders.app!/AppManifest.xml:11 StartPage: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected https://addin.contoso.com. Fix: run addin:inject before addin:verify, and ship its output')
assertLine(log, '[ERROR]   4. build/Contoso.Orders.app!/AppManifest.xml:12 InstalledEventEndpoint: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected https://addin.contoso.com. Fix: run addin:inject before addin:verify, and ship its output')
assertLine(log, '[ERROR]   5. build/Contoso.Orders.app!/elements9a8c7b6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.xml:8 Content/@Src: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected https://addin.contoso.com. Fix: run addin:inject before addin:verify, and ship its output')
assertLine(log, '[ERROR]   6. src/main/webapp/Web.config:13 appSettings "ClientSecret": the value is empty. Expected <add key="ClientSecret" value="..." />. Fix: run addin:inject before addin:verify, and ship its output')
true
