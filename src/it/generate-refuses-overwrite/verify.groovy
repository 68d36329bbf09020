// addin:generate refuses to overwrite a registration file, and leaves it as it was.
import static dev.addinreg.it.BuildLog.*

def file = new File(basedir, 'target/addin/new-registration.properties')
assert file.text == 'clientId=earlier\n'
def log = read(basedir, canarySecret)
assert log.any { it.contains(file.canonicalPath + ' already exists; addin:generate never overwrites a registration. Fix: store or delete the registration in it first, or set registrationFile to another path.') }
true
