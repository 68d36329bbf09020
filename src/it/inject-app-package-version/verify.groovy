// A built .app package and a version with a build number: the manifest inside gets Version 2.0.0.7, every other entry is byte-identical, the input untouched.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItPackages.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] build/Contoso.Orders.app!/AppManifest.xml -> target/addin/package/Contoso.Orders.app!/AppManifest.xml: ClientId set, Version set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO]   passed   manifest Version and ProductID valid')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 0 with warnings, 0 skipped.')

def input = new File(basedir, 'build/Contoso.Orders.app')
assert sha256(input) == new File(basedir, 'build/Contoso.Orders.app.sha256').text : 'the input package was modified'
assertSamePackageExcept(input, new File(basedir, 'target/addin/package/Contoso.Orders.app'), new File(basedir, 'expected/parts'))
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json'))
assert report.version == '2.0.0.7'
true
