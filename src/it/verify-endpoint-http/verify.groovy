// An event endpoint is http.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   start page and event endpoints on the add-in domain')
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:12 Properties/InstalledEventEndpoint: the address is not https. Found "http://addin.contoso.com/Services/AppEventReceiver.svc"; expected an https address on addin.contoso.com (https://addin.contoso.com/...). Fix: serve the remote web application over https and use ~remoteAppUrl, which addin:inject makes https')
true
