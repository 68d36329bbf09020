// The file the appSettings section names must hold the appSettings section itself: one with another root fails.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/appSettings.config:1: the root element is <configuration>. Found <configuration>; expected <appSettings>, as in a file named by appSettings file. Fix: make the file hold the appSettings section itself')
true
