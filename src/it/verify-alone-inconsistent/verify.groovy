// verify alone on committed files still holding the placeholders fails on each.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   client IDs well-formed and consistent')
assertLine(log, '[INFO]   failed   no ~remoteAppUrl left')
assertLine(log, '[INFO]   failed   web.config secrets valid and configured')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:12 appSettings "ClientId": the value is empty. Expected <add key="ClientId" value="..." />. Fix: run addin:inject before addin:verify, and ship its output')
assertLine(log, '[ERROR]   2. src/main/sharepoint/AppManifest.xml:16 RemoteWebApplication/@ClientId: the client ID is the placeholder *. Found "*"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba. Fix: set the client ID AppRegNew.aspx gave for this add-in; * must never ship')
assertLine(log, '[ERROR]   3. src/main/sharepoint/AppManifest.xml:11 StartPage: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected https://addin.contoso.com. Fix: run addin:inject before addin:verify, and ship its output')
assertLine(log, '[ERROR]   4. src/main/sharepoint/AppManifest.xml:12 InstalledEventEndpoint: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected https://addin.contoso.com. Fix: run addin:inject before addin:verify, and ship its output')
assertLine(log, '[ERROR]   5. src/main/sharepoint/OrdersPart/Elements.xml:8 Content/@Src: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected https://addin.contoso.com. Fix: run addin:inject before addin:verify, and ship its output')
assertLine(log, '[ERROR]   6. src/main/webapp/Web.config:13 appSettings "ClientSecret": the value is empty. Expected <add key="ClientSecret" value="..." />. Fix: run addin:inject before addin:verify, and ship its output')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
true
