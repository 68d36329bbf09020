// A report that cannot be written is an execution error, not a failure of the values: Maven says
// MojoExecutionException, and the message names the report and the fix.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
// Maven adds the message of the cause, which names the folder
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':verify (default) on project verify-report-not-writable: Cannot verify the add-in files:'
        + ' pom.xml/addin/registration-report.json: the file cannot be written (Not a directory). Fix: make its folder writable'
        + ' by the user who runs Maven, or set outputDirectory to a folder that is: ' + basedir.canonicalPath
        + '/pom.xml/addin: Not a directory -> [Help 1]')
assertLine(log, '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
true
