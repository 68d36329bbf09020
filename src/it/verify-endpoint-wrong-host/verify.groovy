// The start page points at another host.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   start page and event endpoints on the add-in domain')
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:11 Properties/StartPage: the address is not on the add-in domain. Found "https://other.contoso.com/Pages/Default.aspx?{StandardTokens}"; expected an https address on addin.contoso.com (https://addin.contoso.com/...). Fix: use ~remoteAppUrl in the source and run addin:inject, or correct appDomain')
true
