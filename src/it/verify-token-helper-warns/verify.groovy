// With a secondary client secret configured, a SharePoint TokenHelper.cs that never reads SecondaryClientSecret warns, naming the file.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[INFO]   warning  TokenHelper.cs reads the secondary client secret')
assertLine(log, '[WARNING] src/main/webapp/TokenHelper.cs: this TokenHelper never reads SecondaryClientSecret, so the add-in would not use the secondary client secret. Expected a TokenHelper.cs that reads SecondaryClientSecret and tries it when ClientSecret is refused, as Visual Studio\'s current one does. Fix: update TokenHelper.cs as Microsoft\'s article "Replace an expiring client secret in a SharePoint Add-in" shows, before the client secret ends')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 1 with warnings, 0 skipped.')
true
