// addin:report on a registration-report.json that is no report: the build fails saying why and how to fix it.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion
        + ':report (default-cli) on project report-not-a-report: An error has occurred in Add-in registration report generation.'
        + ' Cannot write the registration page: src/registration-report.json is not a registration report: the report has no "date".'
        + ' Fix: run addin:verify again to rewrite it. -> [Help 1]')
assert !new File(basedir, 'target/reports/addin-registration.html').exists()
true
