// A project with no AppManifest.xml below it (Maven run from the web project's folder, not the solution's) fails
// saying so; nothing but its report is written.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <appManifest> (-Daddin.appManifest): no AppManifest.xml was found in the project. Expected the add-in project\'s AppManifest.xml below the project\'s folder (build folders aside). Fix: set appManifest to the add-in\'s AppManifest.xml, or run Maven from the solution\'s folder')
assertNoLine(log, '\tat ')
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=passed', 'files-found=failed']
true
