// addin:report with addin.skip: it says so, and no page is written.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] Skipping addin:report: addin.skip is true.')
assertLine(log, '[INFO] Skipping dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':report report goal')
assertNoLine(log, 'Registration page')
assert !new File(basedir, 'target/reports').exists() && !new File(basedir, 'target/site').exists()
true
