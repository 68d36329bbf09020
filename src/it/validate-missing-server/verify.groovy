// A serverId naming no settings.xml server fails clearly.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. <serverId> (-Daddin.serverId): there is no server "no-such-server" in settings.xml. Found serverId "no-such-server"; expected the id of a <server> in ~/.m2/settings.xml or the file given with -s. Fix: add <server><id>no-such-server</id><username>client ID</username><password>client secret</password></server> to settings.xml (encrypt the password with mvn --encrypt-password), or correct serverId')
true
