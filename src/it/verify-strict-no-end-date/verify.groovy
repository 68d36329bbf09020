// strict: a secret with no recorded end date fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   warning  configured registration values')
assertLine(log, '[ERROR]   1. <clientSecretExpires> (-Daddin.clientSecretExpires): no end date is recorded for the client secret. Expected the date the secret ends, such as 2027-06-30. Fix: record the end date AppRegNew.aspx or Get-MsolServicePrincipalCredential shows, so the build warns before it ends')
true
