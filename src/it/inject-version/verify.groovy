// The Maven project's version and a CI build number: validate shows the version, inject sets App/@Version byte for byte, verify checks it and the report holds it.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] Add-in version         1.4.2.57')
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin/package/AppManifest.xml: ClientId set, Version set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO]   passed   manifest Version and ProductID valid')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 0 with warnings, 0 skipped.')
// only Version="1.0.0.0" became Version="1.4.2.57" (besides the registration): byte-order mark, CRLF, layout kept
assertSameTree(new File(basedir, 'expected/package'), new File(basedir, 'target/addin/package'))
assertSameTree(new File(basedir, 'expected/web'), new File(basedir, 'target/addin/web'))
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json'))
assert report.version == '1.4.2.57'
assert report.checks.find { it.id == 'manifest-version' }.note == 'configured version 1.4.2.57'
true
