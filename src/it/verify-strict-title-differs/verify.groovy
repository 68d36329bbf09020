// strict: a manifest title that differs from the configured one fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   warning  manifest title matches')
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:10 Properties/Title: the manifest\'s title differs from the configured one. Found "Contoso Orders"; expected "Contoso Orders Pro". Fix: correct the Title in AppManifest.xml, or the title parameter')
true
