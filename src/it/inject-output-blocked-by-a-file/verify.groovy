// An output folder that cannot be made (a file stands in its way) is an execution error, not a failure of the
// values: Maven says MojoExecutionException, and nothing is written.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':inject (default) on project inject-output-blocked-by-a-file: Cannot inject the registration:'
        + ' pom.xml/addin/package/AppManifest.xml: the file cannot be written (pom.xml is a file, not a folder).'
        + ' Fix: set outputDirectory to a folder, or move the file away -> [Help 1]')
assertLine(log, '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')
// no file written (Maven 4 makes the empty target/ folder itself)
def target = new File(basedir, 'target')
assert !target.exists() || target.listFiles().length == 0 : 'nothing may be written: ' + target.list()
true
