// An appSettings file outside the web application's folder is refused: it would not be deployed with it.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:6: appSettings file points outside the web application\'s folder. Found file="../secrets/appSettings.config"; expected a file in or below src/main/webapp. Fix: keep the appSettings file in the web application\'s folder, which is what is deployed')
true
