// Two executions, worldwide and china, each inject and verify their own registration into their own folder.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin-worldwide/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin-worldwide/web/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin-worldwide/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin-china/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin-china/web/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin-china/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 0 with warnings, 0 skipped.')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
['addin-worldwide', 'addin-china'].each { out -> ['web/Web.config', 'package/AppManifest.xml', 'package/OrdersPart/Elements.xml'].each { f -> assertSameBytes(new File(basedir, 'expected/' + out + '/' + f), new File(basedir, 'target/' + out + '/' + f)) } }
assert new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin-worldwide/registration-report.json')).clientId == '6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba'
assert new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin-china/registration-report.json')).clientId == '0ef306f5-ece9-4db5-8c04-ab371ca18842'
true
