// A server username that differs from the configured client ID fails, naming both.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <clientId> (-Daddin.clientId) and settings.xml server "addin-test" username: two sources give different values for the client ID. Found "0ef306f5-ece9-4db5-8c04-ab371ca18842" and "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"; expected one value, or sources that agree. Fix: give the client ID in one place only, or make both the same')
true
