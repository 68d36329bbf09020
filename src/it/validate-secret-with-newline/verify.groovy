// A client secret pasted into a CI secret store with its line break fails without showing it: the environment
// variable holds the canary secret and a newline.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. environment variable ADDIN_CLIENT_SECRET: the client secret has whitespace (at character 45). Found a hidden value (sha256:d389d869, 45 characters); expected base64 with no whitespace (AppRegNew makes 44 characters), since TokenHelper decodes it with Convert.FromBase64String. Fix: remove the whitespace; a secret copied with a line break or a trailing space looks like this')
true
