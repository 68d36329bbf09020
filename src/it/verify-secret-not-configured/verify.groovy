// web.config holds a valid secret that is not the configured one: fingerprints shown, never values.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   web.config secrets valid and configured')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:13 appSettings "ClientSecret": the secret is not one of the configured secrets. Found a hidden value (sha256:9f4509e1, 44 characters); expected the client secret (sha256:143c5ada). Fix: run addin:inject with the current secrets, or configure the secret this web.config holds')
true
