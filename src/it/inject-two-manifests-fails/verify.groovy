// Two add-in manifests in the project and no appManifest: the build fails listing both, and writes nothing but its report.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <appManifest> (-Daddin.appManifest): the project holds 2 AppManifest.xml files, and nothing tells which is the add-in\'s. Found Contoso/AppManifest.xml, Fabrikam/AppManifest.xml; expected one AppManifest.xml, or appManifest naming it. Fix: set appManifest to the add-in\'s, such as <appManifest>Contoso/AppManifest.xml</appManifest>')
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':inject (default) on project inject-two-manifests-fails: The add-in files (execution default) have 1 problem:')
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=failed']
true
