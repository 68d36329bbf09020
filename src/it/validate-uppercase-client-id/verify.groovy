// An uppercase client ID fails; the message shows the lowercase ID to use.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <clientId> (-Daddin.clientId): the client ID has uppercase letters. Found "6A3601B7-8E4A-49CC-AB6D-DF5489C1B0BA"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba (SharePoint answers 401 Unauthorized to an uppercase client ID). Fix: use "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"')
// wrong values fail the build as a failure, not an execution error
assertLine(log, '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException')
true
