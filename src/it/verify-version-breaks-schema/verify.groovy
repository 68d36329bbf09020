// A manifest whose Version another tool stamped with a five-digit run number: verify fails, naming the schema's pattern.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO]   failed   manifest Version and ProductID valid')
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:6 App/@Version: the manifest\'s Version does not match the schema. Found "1.0.0.10234"; expected four parts of one to four digits such as 1.4.2.0, as the VersionDefinition of appmanifest.xsd requires. Fix: set addinVersion (and buildNumber) and run addin:inject, or correct the Version in AppManifest.xml; SharePoint refuses the package at upload otherwise')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json'))
assert report.result == 'failed' && report.version == '1.0.0.10234'
true
