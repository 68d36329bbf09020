// A version and a build number that are neither: validate lists both problems, then fails once.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':validate (default) on project validate-version-malformed: The registration values (execution default) have 2 problems:')
assertLine(log, '[ERROR]   1. <addinVersion> (-Daddin.addinVersion): the add-in version is not a version. Found "v1.4"; expected four parts of 0 to 9999 such as 1.4.2.0 (the VersionDefinition of appmanifest.xsd allows one to four digits in each part), or a Maven version such as 1.4.2-SNAPSHOT or 1.4. Fix: write one to four numbers separated by dots, optionally followed by a -qualifier that is dropped, such as ${project.version}')
assertLine(log, '[ERROR]   2. <buildNumber> (-Daddin.buildNumber): the build number is not a number. Found "run-57"; expected a whole number from 0 to 9999: it fills the fourth part of the add-in version, and the VersionDefinition of appmanifest.xsd allows one to four digits in each part. Fix: pass the CI run number alone, such as -Daddin.buildNumber=${{ github.run_number }} on GitHub Actions')
// wrong values fail the build as a failure, not an execution error
assertLine(log, '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
true
