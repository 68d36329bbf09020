// At -X, DEBUG shows where each value was set, and the secret appears in no log line.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[DEBUG] src/main/sharepoint/AppManifest.xml 16:37 RemoteWebApplication/@ClientId')
assertLine(log, '[DEBUG] src/main/sharepoint/AppManifest.xml 11:16 ~remoteAppUrl in StartPage')
assertLine(log, '[DEBUG] src/main/sharepoint/AppManifest.xml 12:29 ~remoteAppUrl in InstalledEventEndpoint')
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin/web/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[DEBUG] src/main/webapp/Web.config 12:32 value of ClientId')
assertLine(log, '[DEBUG] src/main/webapp/Web.config 13:36 value of ClientSecret')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertLine(log, '[DEBUG] src/main/sharepoint/OrdersPart/Elements.xml 8:31 ~remoteAppUrl in Content/@Src')
assertSameTree(new File(basedir, 'expected'), new File(basedir, 'target/addin'))
true
