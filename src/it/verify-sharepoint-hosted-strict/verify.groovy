// strict=true, and a secret in the environment with no end date (the ITs' ADDIN_CLIENT_SECRET): a SharePoint-hosted
// add-in ships no registration, so the secret cannot fail it.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO]   skipped  configured registration values (SharePoint-hosted add-in: the registration is not used)')
assertLine(log, '[INFO] The add-in files are consistent: 2 checks passed, 0 with warnings, 2 skipped.')
assertNoLine(log, '[WARNING]')
assertNoLine(log, '[ERROR]')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json'))
assert report.result == 'passed'
assert report.checks.collect { [it.id, it.outcome] } == [['configured-values', 'skipped'], ['files-readable', 'passed'],
        ['manifest-version', 'passed'], ['registration', 'skipped']]
true
