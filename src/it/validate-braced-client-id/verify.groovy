// A client ID in braces fails; the message shows it without them.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <clientId> (-Daddin.clientId): the client ID has braces. Found "{6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba}"; expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba, without braces. Fix: use "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"')
true
