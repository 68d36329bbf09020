// The manifest already holds the configured version: inject says so and leaves it.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, Version already set, 2 ~remoteAppUrl tokens replaced')
assertSameTree(new File(basedir, 'expected'), new File(basedir, 'target/addin'))
true
