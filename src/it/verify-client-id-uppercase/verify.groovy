// web.config holds the client ID in uppercase.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   client IDs well-formed and consistent')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:12 appSettings "ClientId": the client ID has uppercase letters. Found "6A3601B7-8E4A-49CC-AB6D-DF5489C1B0BA"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba (SharePoint answers 401 Unauthorized to an uppercase client ID). Fix: use "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"')
// Reported once: not also as "differs from the manifest's", whose fix would be to copy the manifest's ID anyway.
assertNoLine(log, '[ERROR]   2. ')
true
