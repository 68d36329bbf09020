// A web.config with a DOCTYPE and an external entity fails with file, line and column and the fix; the entity is
// never fetched, nothing is written, the sources stay as they were, and no stack trace is shown.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':inject (default) on project inject-doctype-external-entity: The add-in files (execution default) have 1 problem:')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:2:10: the file has a DOCTYPE declaration, which is refused: it can expand entities or read other files. Expected well-formed XML. Fix: remove the <!DOCTYPE ...> declaration; add-in files never need one')
assertNoLine(log, '\tat ')
assertNoLine(log, 'Caused by')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
true
