// At -X, inject writes IssuerId and the certificate's serial number, read from a PEM .cer, and no ClientSecret; verify passes and .NET reads the values.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*
import static dev.addinreg.it.ItDates.day
import static dev.addinreg.it.ItCertificates.instant

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin/web/Web.config: ClientId set, IssuerId set, ClientSigningCertificateSerialNumber set')
assertLine(log, '[INFO]   skipped  web.config secrets valid and configured (high-trust add-in: it signs its tokens with its certificate)')
assertLine(log, '[INFO] The add-in files are consistent: 8 checks passed, 0 with warnings, 2 skipped.')
def source = new File(basedir, 'src/main/webapp/Web.config').getText('UTF-8')
def written = new File(basedir, 'target/addin/web/Web.config').getText('UTF-8')
// the values spliced in, the new keys after the last entry as it is written; the empty ClientSecret left as it was
assert written == source.replace('<add key="ClientId" value="*" />', '<add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />')
        .replace('<add key="ClientSecret" value="" />', '<add key="ClientSecret" value="" />\n    <add key="IssuerId" value="c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9" />\n    <add key="ClientSigningCertificateSerialNumber" value="6B1F3C0A2E9D4F5B" />')
if (dev.addinreg.dotnet.DotNetAppSettings.canRead()) {
    def web = new File(basedir, 'target/addin/web/Web.config').toPath()
    assert dev.addinreg.dotnet.DotNetAppSettings.read(web, ['ClientId', 'IssuerId', 'ClientSigningCertificateSerialNumber', 'ClientSecret']) ==
            [ClientId: '6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba', IssuerId: 'c4b3a2f1-9e8d-4c7b-a6f5-e4d3c2b1a0f9', ClientSigningCertificateSerialNumber: '6B1F3C0A2E9D4F5B',
             ClientSecret: dev.addinreg.dotnet.DotNetAppSettings.secret('')]
    // and TokenHelper's lookup by that serial finds the certificate
    assert dev.addinreg.dotnet.DotNetAppSettings.findBySerialNumber(new File(basedir, 'certs/addin.cer').toPath(), '6B1F3C0A2E9D4F5B') == 1
}
true
