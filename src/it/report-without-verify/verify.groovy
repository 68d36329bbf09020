// addin:report with no registration-report.json: a warning, and a page that says how to make the report.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] There is no registration report at target/addin/registration-report.json: the page says so. Fix: run addin:verify (mvn verify) before addin:report or the site, or set registrationReport.')
assertLine(log, '[INFO] Registration page target/site/addin-registration.html from target/addin/registration-report.json')
def page = new File(basedir, 'target/site/addin-registration.html').getText('UTF-8')
assert page.contains('<p id="result" class="result result-missing">No registration report: target/addin/registration-report.json does not exist.')
true
