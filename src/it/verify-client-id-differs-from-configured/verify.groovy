// Both files agree on a client ID that is not the configured one.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   client IDs well-formed and consistent')
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:16 RemoteWebApplication/@ClientId: the client ID differs from the configured one. Found "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"; expected "0ef306f5-ece9-4db5-8c04-ab371ca18842", the configured clientId. Fix: run addin:inject with this registration, or correct clientId')
assertLine(log, '[ERROR]   2. src/main/webapp/Web.config:12 appSettings "ClientId": the client ID differs from the configured one. Found "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"; expected "0ef306f5-ece9-4db5-8c04-ab371ca18842", the configured clientId. Fix: run addin:inject with this registration, or correct clientId')
true
