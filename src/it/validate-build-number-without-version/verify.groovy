// A build number from the command line but no addinVersion: validate fails rather than change whatever version the manifest holds.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <buildNumber> (-Daddin.buildNumber): a build number is set without an add-in version. Found "57"; expected addinVersion set too: the build number fills its fourth part. Fix: set addinVersion, such as <addinVersion>${project.version}</addinVersion>, or leave buildNumber unset')
// wrong values fail the build as a failure, not an execution error
assertLine(log, '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
true
