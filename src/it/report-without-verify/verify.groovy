// addin:report with no registration-report.json: a warning, and a page in the site's skin that says how to make the report.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] There is no registration report at target/addin/registration-report.json: the page says so. Fix: run addin:verify (mvn verify) before addin:report or the site, or set registrationReport.')
assertLine(log, '[INFO] Registration page target/reports/addin-registration.html from target/addin/registration-report.json')
def page = new File(basedir, 'target/reports/addin-registration.html').getText('UTF-8')
assert page.contains('<title>Add-in registration \u2013 report-without-verify</title>')
def start = page.indexOf('<main id="bodyColumn">\n') + '<main id="bodyColumn">\n'.length()
assert page.substring(start, page.indexOf('        </main>')) == '<section>\n<h1>SharePoint Add-in registration</h1>\n' +
        '<p id="result" class="result result-missing" style="font-weight: bold; color: #6d4c00">No registration report:' +
        ' target/addin/registration-report.json does not exist. Run <code>mvn verify</code> (with <code>addin:verify</code>' +
        ' configured) before <code>mvn site</code>, or set <code>registrationReport</code> to its path.</p></section>\n'
true
