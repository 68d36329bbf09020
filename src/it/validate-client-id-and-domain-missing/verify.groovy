// A first build with no client ID and no add-in domain fails naming both, and where to set them.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':validate (default) on project validate-client-id-and-domain-missing: The registration values (execution default) have 2 problems:')
assertLine(log, '[ERROR]   1. <clientId> (-Daddin.clientId): no client ID is configured. Expected the client ID AppRegNew.aspx gave for this add-in. Fix: set it as <clientId> (-Daddin.clientId)')
assertLine(log, '[ERROR]   2. <appDomain> (-Daddin.appDomain): no add-in domain is configured. Expected the host of the remote web application, such as addin.contoso.com. Fix: set it as <appDomain> (-Daddin.appDomain)')
assertNoLine(log, '[ERROR]   3. ')
true
