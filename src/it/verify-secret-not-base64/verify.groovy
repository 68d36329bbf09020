// web.config ClientSecret is not base64; its value is never shown.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] No addin:inject output in target/addin: verifying the source files.')
assertLine(log, '[INFO]   failed   web.config secrets valid and configured')
assertLine(log, '[ERROR]   1. src/main/webapp/Web.config:13 appSettings "ClientSecret": the client secret is not base64 (character 15 is not one of A-Z a-z 0-9 + / or final = padding). Found a hidden value (sha256:f750c0a1, 16 characters); expected base64 with no whitespace (AppRegNew makes 44 characters), since TokenHelper decodes it with Convert.FromBase64String. Fix: copy the secret again, whole, from where it was generated (AppRegNew.aspx shows it once)')
true
