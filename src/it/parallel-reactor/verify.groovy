// Six add-ins built with -T 4: each output holds its own module's registration, byte for byte.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] Using the MultiThreadedBuilder implementation with a thread count of 4')
(1..6).each { i ->
    ['web/Web.config', 'package/AppManifest.xml', 'package/OrdersPart/Elements.xml'].each { f ->
        assertSameBytes(new File(basedir, "expected/addin-${i}/${f}"), new File(basedir, "addin-${i}/target/addin/${f}"))
    }
    def report = new groovy.json.JsonSlurper().parse(new File(basedir, "addin-${i}/target/addin/registration-report.json"))
    assert report.result == 'passed' && report.appDomain == "addin${i}.contoso.com"
}
true
