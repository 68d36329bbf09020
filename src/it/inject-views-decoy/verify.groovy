// A Views/Web.config holding ClientId and ClientSecret keys is neither edited nor copied.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] src/main/webapp/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertSameBytes(new File(basedir, 'pristine/main/webapp/Views/Web.config'), new File(basedir, 'src/main/webapp/Views/Web.config'))
true
