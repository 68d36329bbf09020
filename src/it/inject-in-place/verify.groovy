// inPlace=true edits the sources themselves, value by value, and writes no copies.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] src/main/webapp/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertSameTree(new File(basedir, 'expected'), new File(basedir, 'src'))
assert !new File(basedir, 'target/addin').exists() : 'nothing may be written'
true
