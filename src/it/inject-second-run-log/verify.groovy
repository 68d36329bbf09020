// Two builds in a row: the second reports every file up to date, and reads none of them again.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin/web/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced (up to date, not rewritten)')
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin/web/Web.config: ClientId set, ClientSecret set (up to date, not rewritten)')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced (up to date, not rewritten)')
assertLine(log, '[INFO] 3 files unchanged since the last addin:inject, not read again (delete target/addin-inject/default.state to check every file).')
assertSameTree(new File(basedir, 'expected'), new File(basedir, 'target/addin'))
true
