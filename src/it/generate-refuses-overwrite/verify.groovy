// addin:generate refuses to overwrite a registration file, and leaves it as it was.
import static dev.addinreg.it.BuildLog.*

def file = new File(basedir, 'target/addin/new-registration.properties')
assert file.text == 'clientId=earlier\n'
def log = read(basedir, canarySecret)
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion
        + ':generate (default-cli) on project generate-refuses-overwrite: ' + file.canonicalPath + ' already exists;'
        + ' addin:generate never overwrites a registration. Fix: store or delete the registration in it first, or set'
        + ' registrationFile to another path. -> [Help 1]')
true
