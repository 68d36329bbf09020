// An appSettings section that names a configSource and also holds entries is refused, as .NET refuses it.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:6: appSettings names a configSource and also holds entries or a file attribute. Expected <appSettings configSource="AppSettings.config" /> alone, as .NET requires. Fix: move the entries, and the file attribute, into AppSettings.config')
true
