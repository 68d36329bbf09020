// Stamp after MSBuild: MSBuild (a fixture) packaged and published the unstamped checkout; one Maven run stamps a copy of
// the .app and of the published Web.config for each registration, each in its own folder, and verifies each copy.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItPackages.*

def log = read(basedir, canarySecret)
def file = { String path -> new File(basedir, path) }
def app = 'Contoso/bin/Release/app.publish/1.0.0.0/Contoso.app'
def elements = 'elements9a8c7b6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.xml'
def registrations = [
        worldwide: [clientId: '6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba', appDomain: 'contoso-orders.azurewebsites.net',
                    secret: canarySecret, fingerprint: 'sha256:143c5ada', days: 394],
        china    : [clientId: '0ef306f5-ece9-4db5-8c04-ab371ca18842', appDomain: 'contoso-orders.chinacloudsites.cn',
                    secret: 'ZGlmZmVyZW50LXRlc3Qtc2VjcmV0LXZhbHVlLTAwMQ==', days: 213]]

// the executions in the lifecycle's order: both injects (process-resources), then both verifies (verify)
def at = { String execution -> log.findIndexOf { it.startsWith('[INFO] --- ') && it.endsWith(":${execution} @ flow-stamp-after-msbuild ---") } }
def order = ['inject (worldwide)', 'inject (china)', 'verify (worldwide)', 'verify (china)'].collect(at)
assert !order.contains(-1) && order == order.sort(false) : "executions at lines ${order}"
// every path is given: nothing is searched for
assertNoLine(log, 'appManifest: ')
assertNoLine(log, 'webConfig: ')

registrations.each { id, registration ->
    def out = "target/addin/${id}"
    // inject: the parts of the .app that hold a registration value, the published Web.config; copies, in the registration's folder
    assertLine(log, "[INFO] ${app}!/AppManifest.xml -> ${out}/package/Contoso.app!/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced")
    assertLine(log, "[INFO] ${app}!/${elements} -> ${out}/package/Contoso.app!/${elements}: 1 ~remoteAppUrl token replaced")
    assertLine(log, "[INFO] ${app} -> ${out}/package/Contoso.app: 9 entries copied unchanged")
    assertLine(log, "[INFO] target/msbuild/ContosoWeb/Web.config -> ${out}/web/Web.config: ClientId set, ClientSecret set")
    // verify: the stamped copies, which are what ships
    assertLine(log, "[INFO] Verified ${out}/package/Contoso.app!/AppManifest.xml, ${out}/web/Web.config")
    assertLine(log, "[INFO] Report: ${out}/registration-report.json")

    // the bytes: the .app's other entries as MSBuild made them; the edited parts and Web.config differ only in the values
    assertSamePackageExcept(file(app), file("${out}/package/Contoso.app"), file("expected/${id}/parts"))
    assertSameBytes(file("expected/${id}/web/Web.config"), file("${out}/web/Web.config"))
    // package/ holds the package, web/ the Web.config to lay over the published folder
    assert file(out).list().sort() == ['package', 'registration-report.json', 'web']
    assert file("${out}/package").list() as List == ['Contoso.app']
    assert file("${out}/web").list() as List == ['Web.config']

    def report = new groovy.json.JsonSlurper().parse(file("${out}/registration-report.json"))
    assert report.execution == id && report.result == 'passed'
    assert report.clientId == registration.clientId && report.appDomain == registration.appDomain
    assert report.files == ["${out}/package/Contoso.app!/AppManifest.xml", "${out}/web/Web.config"]*.toString()
    assert report.secrets*.endDate == [day(context.userProperties, registration.days)]
    // what .NET itself reads from the Web.config that ships: this registration
    if (dev.addinreg.dotnet.DotNetAppSettings.canRead()) {
        def dotNet = dev.addinreg.dotnet.DotNetAppSettings.read(file("${out}/web/Web.config").toPath(), ['ClientId', 'ClientSecret'])
        assert dotNet == [ClientId: registration.clientId, ClientSecret: dev.addinreg.dotnet.DotNetAppSettings.secret(registration.secret)]
    }
}
assertLine(log, "[INFO]   ClientSecret           sha256:143c5ada, ends ${day(context.userProperties, 394)} (394 days left), valid")
assert log.count { it.startsWith('[INFO]   ClientSecret           sha256:') && it.endsWith(", ends ${day(context.userProperties, 213)} (213 days left), valid") } == 1
assert log.count { it == '[INFO] The add-in files are consistent: 10 checks passed, 0 with warnings, 0 skipped.' } == 2

// MSBuild's output and the checkout are as they were: each registration has its own copies
file('target/inputs.sha256').readLines().each { line ->
    def (hash, path) = line.split('  ', 2)
    assert sha256(file(path)) == hash : "${path} was modified"
}
true
