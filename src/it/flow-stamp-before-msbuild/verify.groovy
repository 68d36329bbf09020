// Stamp before MSBuild: Maven stamps the checkout in place, with no path set; MSBuild (a fixture) packages and publishes
// exactly the stamped files; Maven verifies what MSBuild made, the .app and the published Web.config, and it passes.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

import java.util.zip.ZipFile

def log = read(basedir, canarySecret)
def file = { String path -> new File(basedir, path) }
def expected = file('target/expected')

// the executions, in the order of the steps: inject in both Maven steps, verify in the second only
def at = { String execution -> log.findIndexValues { it.startsWith('[INFO] --- ') && it.endsWith(":${execution} @ flow-stamp-before-msbuild ---") } }
assert at('inject (stamp-sources)').size() == 2 && at('verify (verify-msbuild-output)').size() == 1
assert at('inject (stamp-sources)')[1] < at('verify (verify-msbuild-output)')[0]

// step 1, ./mvnw process-resources: the checkout's files, found and stamped in place
assertLine(log, '[INFO] appManifest: Contoso/AppManifest.xml (the only AppManifest.xml in the project)')
assertLine(log, '[INFO] packageDirectory: Contoso (the manifest\'s folder)')
assertLine(log, '[INFO] webConfig: ContosoWeb/Web.config (the only web.config in the project, Views/ aside)')
assertLine(log, '[INFO] Contoso/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] ContosoWeb/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] Contoso/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
['Contoso/AppManifest.xml', 'Contoso/OrdersPart/Elements.xml', 'ContosoWeb/Web.config'].each { assertSameBytes(new File(expected, it), file(it)) }
assert !file('ContosoWeb/Views/Web.config').text.contains('ClientId') : 'Views/Web.config is not the application\'s'

// step 2, MSBuild: the fixture is what MSBuild makes of the stamped checkout
new ZipFile(file('Contoso/bin/Release/app.publish/1.0.0.0/Contoso.app')).withCloseable { app ->
    assert app.getInputStream(app.getEntry('AppManifest.xml')).bytes == file('Contoso/AppManifest.xml').bytes
    assert app.getInputStream(app.getEntry('elements9a8c7b6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.xml')).bytes == file('Contoso/OrdersPart/Elements.xml').bytes
}
def published = file('target/msbuild/ContosoWeb/Web.config')
assert published.getText('UTF-8') == file('ContosoWeb/Web.config').getText('UTF-8')
        .replace('<compilation debug="true" targetFramework="4.5" />', '<compilation targetFramework="4.5" />') : 'Web.Release.config removes debug, and nothing else'

// step 3, ./mvnw verify: the checkout is already stamped, and verify reads MSBuild's output
assertLine(log, '[INFO] Contoso/AppManifest.xml: ClientId already set (up to date, not rewritten)')
assertLine(log, '[INFO] ContosoWeb/Web.config: ClientId already set, ClientSecret already set (up to date, not rewritten)')
assertLine(log, '[INFO] Verified Contoso/bin/Release/app.publish/1.0.0.0/Contoso.app!/AppManifest.xml, target/msbuild/ContosoWeb/Web.config')
assertLine(log, '[INFO]   passed   client IDs well-formed and consistent')
assertLine(log, '[INFO]   passed   web.config secrets valid and configured')
assertLine(log, '[INFO]   passed   no publish transform changes the registration')
assertLine(log, '[INFO] Report: target/addin/registration-report.json')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 0 with warnings, 0 skipped.')
assertNoLine(log, 'No addin:inject output')

// what ships is MSBuild's output; target/addin holds the report alone
assert file('target/addin').list() as List == ['registration-report.json']
def report = new groovy.json.JsonSlurper().parse(file('target/addin/registration-report.json'))
assert report.execution == 'verify-msbuild-output' && report.result == 'passed'
assert report.files == ['Contoso/bin/Release/app.publish/1.0.0.0/Contoso.app!/AppManifest.xml', 'target/msbuild/ContosoWeb/Web.config']
// what .NET itself reads from the published Web.config: the registration
if (dev.addinreg.dotnet.DotNetAppSettings.canRead()) {
    def dotNet = dev.addinreg.dotnet.DotNetAppSettings.read(published.toPath(), ['ClientId', 'ClientSecret'])
    assert dotNet == [ClientId: '6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba', ClientSecret: dev.addinreg.dotnet.DotNetAppSettings.secret(canarySecret)]
}
true
