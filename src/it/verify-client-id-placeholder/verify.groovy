// The manifest still says ClientId="*".
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   client IDs well-formed and consistent')
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:16 RemoteWebApplication/@ClientId: the client ID is the placeholder *. Found "*"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba. Fix: set the client ID AppRegNew.aspx gave for this add-in; * must never ship')
true
