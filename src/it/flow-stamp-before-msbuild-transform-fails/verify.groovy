// Stamp before MSBuild, with a Web.Release.config that sets ClientId: Maven stamps the checkout; MSBuild's publish (a
// fixture) applies the transform to the stamped Web.config; verify, run on what MSBuild made, fails on the published value.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
def file = { String path -> new File(basedir, path) }
def expected = file('target/expected')

// step 1, ./mvnw process-resources: the checkout is stamped, as in flow-stamp-before-msbuild
assertLine(log, '[INFO] Contoso/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] ContosoWeb/Web.config: ClientId set, ClientSecret set')
['Contoso/AppManifest.xml', 'Contoso/OrdersPart/Elements.xml', 'ContosoWeb/Web.config'].each { assertSameBytes(new File(expected, it), file(it)) }

// step 2, MSBuild: the published Web.config is the stamped one with Web.Release.config applied, its ClientId replaced
def published = file('target/msbuild/ContosoWeb/Web.config')
assert published.getText('UTF-8') == file('ContosoWeb/Web.config').getText('UTF-8')
        .replace('<compilation debug="true" targetFramework="4.5" />', '<compilation targetFramework="4.5" />')
        .replace('"6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"', '"c2d1f0e3-7b4a-4d5c-9e8f-a1b2c3d4e5f6"')

// step 3, ./mvnw verify: the .app passes, the published Web.config does not; the build fails naming its line
assertLine(log, '[INFO] Verified Contoso/bin/Release/app.publish/1.0.0.0/Contoso.app!/AppManifest.xml, target/msbuild/ContosoWeb/Web.config')
assertLine(log, '[INFO]   failed   client IDs well-formed and consistent')
assertLine(log, '[INFO]   passed   no ~remoteAppUrl left')
assertLine(log, '[INFO]   passed   start page and event endpoints on the add-in domain')
assertLine(log, '[INFO]   passed   web.config secrets valid and configured')
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':verify (verify-msbuild-output) on project flow-stamp-before-msbuild-transform-fails: The add-in files (execution verify-msbuild-output) have 1 problem:')
assertLine(log, '[ERROR]   1. target/msbuild/ContosoWeb/Web.config:12 appSettings "ClientId": the client ID differs from the configured one. Found "c2d1f0e3-7b4a-4d5c-9e8f-a1b2c3d4e5f6"; expected "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba", the configured clientId. Fix: run addin:inject with this registration, or correct clientId')
assertNoLine(log, 'The add-in files are consistent')

// the report, for the CI upload step, says what failed and where
def report = new groovy.json.JsonSlurper().parse(file('target/addin/registration-report.json'))
assert report.execution == 'verify-msbuild-output' && report.result == 'failed'
def clientIds = report.checks.find { it.id == 'client-id-consistent' }
assert clientIds.outcome == 'failed' && clientIds.problems*.where == ['target/msbuild/ContosoWeb/Web.config:12 appSettings "ClientId"']
assert report.checks.findAll { it.outcome != 'passed' }*.id == ['client-id-consistent']
true
