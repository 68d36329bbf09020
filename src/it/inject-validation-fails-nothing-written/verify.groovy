// inject checks the registration values first: an invalid client ID fails and nothing is written.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <clientId> (-Daddin.clientId): the client ID has uppercase letters. Found "6A3601B7-8E4A-49CC-AB6D-DF5489C1B0BA"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba (SharePoint answers 401 Unauthorized to an uppercase client ID). Fix: use "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=failed']
true
