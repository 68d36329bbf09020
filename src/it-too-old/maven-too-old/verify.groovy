// Under a Maven older than the minimum, the build fails saying which Maven the plugin needs, and runs no goal of it.
import static dev.addinreg.it.BuildLog.*

def log = read(basedir, canarySecret)
assert log.any { it.startsWith('[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:')
        && it.contains(':validate (default) on project maven-too-old: The plugin dev.addinreg:addin-registration-maven-plugin:')
        && it.contains(' requires Maven version ' + minimumMavenVersion) } : 'the build says which Maven it needs'
assertNoLine(log, 'Registration values are valid.')
assertNoLine(log, '\tat ')
true
