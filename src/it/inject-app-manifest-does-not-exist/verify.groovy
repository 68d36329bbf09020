// An appManifest that names no file (here Contoso/ for Contoso.Orders/) fails naming it; nothing is written.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. Contoso/AppManifest.xml: the file does not exist. Expected the file appManifest names. Fix: correct appManifest or create the file')
assertNoLine(log, '\tat ')
assert !new File(basedir, 'target/addin').exists() : 'nothing may be written'
true
