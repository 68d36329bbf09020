// addin:generate writes a new client ID and a 32-byte base64 secret to an owner-only file; the log shows the client ID, never the secret.
import static dev.addinreg.it.BuildLog.*
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import java.time.LocalDate

def file = new File(basedir, 'target/addin/new-registration.properties')
assert file.isFile()
assert PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath())) == 'rw-------'
def props = new Properties()
file.withInputStream { props.load(it) }
assert props.keySet() == ['clientId', 'clientSecret', 'created', 'clientSecretExpires'] as Set
def clientId = props.clientId
assert clientId ==~ /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
def secret = props.clientSecret
assert secret.length() == 44 && Base64.decoder.decode(secret).length == 32
// made today, by the system clock: the day this IT ran (or the day before, when it ran across midnight)
def created = LocalDate.parse(props.created)
assert created == LocalDate.now() || created == LocalDate.now().minusDays(1)
def ends = created.plusYears(2).toString()
assert props.clientSecretExpires == ends

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] New client ID:    ' + clientId)
assertLine(log, '[INFO] Secret ends:      ' + ends + ' (2 years)')
assertLine(log, '[INFO] Client ID and secret written to ' + file.canonicalPath + ' (readable by its owner only).')
assert !log.any { it.contains(secret) } : 'the new secret appears in build.log'
true
