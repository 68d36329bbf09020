// An Elements.xml still holds ~remoteAppUrl.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   no ~remoteAppUrl left')
assertLine(log, '[ERROR]   1. src/main/sharepoint/OrdersPart/Elements.xml:8 Content/@Src: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected https://addin.contoso.com. Fix: run addin:inject before addin:verify, and ship its output')
true
