// An event endpoint is http.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO] Verified src/main/sharepoint/AppManifest.xml, src/main/webapp/Web.config')
assertLine(log, '[INFO]   passed   configured registration values')
assertLine(log, '[INFO]   passed   files readable')
assertLine(log, '[INFO]   passed   client IDs well-formed and consistent')
assertLine(log, '[INFO]   passed   no ~remoteAppUrl left')
assertLine(log, '[INFO]   failed   start page and event endpoints on the add-in domain')
assertLine(log, '[INFO]   passed   web.config secrets valid and configured')
assertLine(log, '[INFO]   passed   manifest title matches')
assertLine(log, '[INFO]   passed   no high-trust signing keys')
assertLine(log, '[INFO]   ClientSecret           sha256:143c5ada, ends 2027-06-30 (394 days left), valid')
assertLine(log, '[INFO] Report: target/addin/registration-report.json')
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:12 Properties/InstalledEventEndpoint: the address is not https. Found "http://addin.contoso.com/Services/AppEventReceiver.svc"; expected an https address on addin.contoso.com (https://addin.contoso.com/...). Fix: serve the remote web application over https and use ~remoteAppUrl, which addin:inject makes https')
true
