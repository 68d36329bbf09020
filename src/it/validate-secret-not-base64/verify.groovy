// A client secret that is not base64 fails without showing it.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. environment variable ADDIN_CLIENT_SECRET: the client secret is not base64 (its length, 45, is not a multiple of 4). Found a hidden value (sha256:2ba1459a, 45 characters); expected base64 with no whitespace (AppRegNew makes 44 characters), since TokenHelper decodes it with Convert.FromBase64String. Fix: copy the secret again, whole, from where it was generated (AppRegNew.aspx shows it once)')
true
