// An uppercase client ID fails; the message shows the lowercase ID to use.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <clientId> (-Daddin.clientId): the client ID has uppercase letters. Found "6A3601B7-8E4A-49CC-AB6D-DF5489C1B0BA"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba (SharePoint answers 401 Unauthorized to an uppercase client ID). Fix: use "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"')
// wrong values fail the build as a failure, not an execution error
assertLine(log, '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
assertLine(log, '[INFO] Report with the problems found: target/addin/registration-report.json')
// nothing but the report, with the problems found, for a CI step to keep
assert onlyTheFailureReport(basedir) == ['configured-values=failed']
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/addin/registration-report.json'))
assert report.clientId == null
assert report.checks[0].problems*.message == ['<clientId> (-Daddin.clientId): the client ID has uppercase letters. Found "6A3601B7-8E4A-49CC-AB6D-DF5489C1B0BA"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba (SharePoint answers 401 Unauthorized to an uppercase client ID). Fix: use "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"']
true
