// A malformed AppManifest.xml fails with file, line and column; nothing is written and the sources stay as they were.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:13:5: the file is not well-formed XML: The element type "Title" must be terminated by the matching end-tag "</Title>". Expected well-formed XML. Fix: correct the markup at that position (a missing end tag, quote or \'>\' is the usual cause)')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=passed', 'inject=failed']
true
