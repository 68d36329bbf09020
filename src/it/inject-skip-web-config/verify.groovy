// skipWebConfig: an add-in whose web application keeps its settings elsewhere (ASP.NET Core) gets its manifest and package injected and verified.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertLine(log, '[INFO]   skipped  web.config secrets valid and configured (no web.config was read)')
assertLine(log, '[INFO]   skipped  no high-trust signing keys (no web.config was read)')
assertLine(log, '[INFO] The add-in files are consistent: 7 checks passed, 0 with warnings, 2 skipped.')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
assertSameTree(new File(basedir, 'expected/package'), new File(basedir, 'target/addin/package'))
assert !new File(basedir, 'target/addin/web').exists()
true
