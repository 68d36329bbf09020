// At -X, inject writes the certificate's path and password for development; verify warns the password ships; no log line holds the password.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin/web/Web.config: ClientId set, IssuerId set, ClientSigningCertificatePath set, ClientSigningCertificatePassword set')
assertLine(log, '[WARNING] target/addin/web/Web.config:14 appSettings "ClientSigningCertificatePassword": the signing certificate\'s password ships in web.config. Expected ClientSigningCertificateSerialNumber, with the certificate in the web server\'s certificate store. Fix: for production, leave signingCertificatePath unset so addin:inject writes the serial number, import the .pfx into the server\'s certificate store, and remove ClientSigningCertificatePath and ClientSigningCertificatePassword')
assertLine(log, '[INFO] The add-in files are consistent: 7 checks passed, 1 with warnings, 2 skipped.')
// the password is written where development needs it, and nowhere else: not in the log at -X (read() checked it)
def written = new File(basedir, 'target/addin/web/Web.config').getText('UTF-8')
assert written.contains('<add key="ClientSigningCertificatePath" value="C:\\Certs\\addin.contoso.com.pfx" />')
assert written.contains('<add key="ClientSigningCertificatePassword" value="' + dev.addinreg.certificates.TestCertificates.CANARY_PASSWORD + '" />')
if (dev.addinreg.dotnet.DotNetAppSettings.canRead()) {
    assert dev.addinreg.dotnet.DotNetAppSettings.read(new File(basedir, 'target/addin/web/Web.config').toPath(), ['IssuerId', 'ClientSigningCertificatePath']) ==
            [IssuerId: 'c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9', ClientSigningCertificatePath: 'C:\\Certs\\addin.contoso.com.pfx']
}
true
