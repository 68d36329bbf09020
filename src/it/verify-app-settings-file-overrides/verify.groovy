// The file the appSettings section names overrides the section's client ID: verify fails naming the file and line .NET reads it from, and the line it overrides.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/webapp/appSettings.config:3 appSettings "ClientId" (overriding src/main/webapp/Web.config:7): the client ID differs from the configured one. Found "0f9e8d7c-6b5a-4a3b-8c2d-1e0f9a8b7c6d"; expected "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba", the configured clientId. Fix: run addin:inject with this registration, or correct clientId')
true
