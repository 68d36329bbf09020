// A manifest whose ProductID lost its braces: verify fails and shows the braced GUID to use.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assertLine(log, '[ERROR]   1. src/main/sharepoint/AppManifest.xml:5 App/@ProductID: the manifest\'s ProductID is not a braced GUID. Found "4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11"; expected a GUID in braces, as Visual Studio writes it, such as {f28fb857-7d6e-4b77-b54d-c901ede28753}. Fix: use "{4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11}"')
true
