// A client ID with a character lost in copying fails: it is no GUID.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <clientId> (-Daddin.clientId): the client ID is not a GUID. Found "6a3601b7-8e4a-49cc-ab6d-df5489c1b0b"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba. Fix: copy the client ID from AppRegNew.aspx or the Seller Dashboard; it has 32 hex digits in groups of 8-4-4-4-12')
true
