// A package file that is a symbolic link to a file outside the project fails naming the link and where it leads;
// the file outside is neither read into the package nor changed, nothing is written, and no stack trace is shown.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
def outside = new File(basedir.parentFile, 'inject-symlink-outside-project.outside/Elements.xml').canonicalPath
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':inject (default) on project inject-symlink-outside-project: The add-in files (execution default) have 1 problem:')
assertLine(log, '[ERROR]   1. src/main/sharepoint/SharedPart/Elements.xml: the file is a symbolic link that leads outside the project, to ' + outside + '. Expected a file inside the project. Fix: replace the link by a copy of the file, or name the file\'s real place in the plugin\'s configuration if the build should read it')
assertNoLine(log, '\tat ')
assertNoLine(log, 'Caused by')
assert new File(outside).text.contains('~remoteAppUrl/not-the-project') : 'the file outside is unchanged'
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
true
