// Files that inject did not write for this version: verify fails where the manifest's Version is not the configured one.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:6 App/@Version: the manifest\'s Version differs from the configured one. Found "1.0.0.0"; expected "1.4.2.57", the configured addinVersion (and buildNumber). Fix: run addin:inject with this addinVersion, and ship its output')
true
