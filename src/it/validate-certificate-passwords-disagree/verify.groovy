// Two sources giving different certificate passwords fail, showing neither.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[WARNING] A secret is given with -Daddin.signingCertificatePassword: a command line is visible to other users of this machine and kept in shell history. Use it for local trials only; in CI use the environment variable named by signingCertificatePasswordEnv or a settings.xml server (signingCertificateServerId).')
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':validate (default) on project validate-certificate-passwords-disagree: The registration values (execution default) have 1 problem:')
assertLine(log, '[ERROR]   1. environment variable ADDIN_SIGNING_CERTIFICATE_PASSWORD and user property addin.signingCertificatePassword: two sources give different values for the signing certificate\'s password. Found a hidden value and a hidden value; expected one value, or sources that agree. Fix: give the signing certificate\'s password in one place only, or make both the same')
assertNoLine(log, 'Wr0ng-Qx7zK9mTv2')
true
