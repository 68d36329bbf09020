// A blank title fails.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <title> (-Daddin.title): the title is blank. Found "   "; expected 1 to 256 characters with no whitespace around them. Fix: set the title users see in the SharePoint store and site contents')
true
