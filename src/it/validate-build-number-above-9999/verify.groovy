// The CI run number 10234 as buildNumber: validate fails naming the build number and the schema's limit, and never wraps it.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <buildNumber> (-Daddin.buildNumber): the build number is above 9999. Found "10234"; expected a whole number from 0 to 9999: it fills the fourth part of the add-in version, and the VersionDefinition of appmanifest.xsd allows one to four digits in each part. Fix: raise addinVersion (1.4.3 after 1.4.2) and pass a build number that starts again from 0 for it, such as the run number minus the last run number of the previous version; never cut or wrap the number: a lower version gets no upgrade in SharePoint')
// wrong values fail the build as a failure, not an execution error
assertLine(log, '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
true
