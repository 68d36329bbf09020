// A report that cannot be written is an execution error, not a failure of the values: Maven says
// MojoExecutionException, and the message names the report and the fix.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
def failure = log.find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure != null && failure.contains(': Cannot verify the add-in files: pom.xml/addin/registration-report.json: the file'
        + ' cannot be written (Not a directory). Fix: make its folder writable by the user who runs Maven, or set outputDirectory'
        + ' to a folder that is') : failure
assertLine(log, '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
true
