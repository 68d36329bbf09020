// web.config has no ClientSecret entry.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   web.config secrets valid and configured')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:11 appSettings "ClientSecret": the key is missing. Expected <add key="ClientSecret" value="..." />. Fix: run addin:inject before addin:verify, and ship its output')
true
