// web.config and AppManifest.xml hold different client IDs (no client ID configured): verify fails naming both.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   client IDs well-formed and consistent')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:12 appSettings "ClientId": the client ID differs from the manifest\'s. Found "0ef306f5-ece9-4db5-8c04-ab371ca18842"; expected "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" as in src/main/sharepoint/AppManifest.xml:16 RemoteWebApplication/@ClientId. Fix: give both files the same client ID (run addin:inject)')
true
