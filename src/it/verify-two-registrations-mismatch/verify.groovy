// The china execution verifies a package stamped for worldwide: it fails naming execution china.
import static dev.addinreg.it.BuildLog.*
import static dev.addinreg.it.ItFiles.*

def log = read(basedir, canarySecret)
assertLine(log, '[INFO] src/main/sharepoint/AppManifest.xml -> target/addin-worldwide/package/AppManifest.xml: ClientId set, 2 ~remoteAppUrl tokens replaced')
assertLine(log, '[INFO] src/main/webapp/Web.config -> target/addin-worldwide/web/Web.config: ClientId set, ClientSecret set')
assertLine(log, '[INFO] src/main/sharepoint/OrdersPart/Elements.xml -> target/addin-worldwide/package/OrdersPart/Elements.xml: 1 ~remoteAppUrl token replaced')
assertLine(log, '[INFO] The add-in files are consistent: 10 checks passed, 0 with warnings, 0 skipped.')
assertLine(log, '[INFO]   failed   client IDs well-formed and consistent')
assertLine(log, '[INFO]   failed   start page and event endpoints on the add-in domain')
assertLine(log, '[INFO]   failed   web.config secrets valid and configured')
assertLine(log, '[ERROR]   1. target/addin-worldwide/package/AppManifest.xml:16 RemoteWebApplication/@ClientId: the client ID differs from the configured one. Found "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"; expected "0ef306f5-ece9-4db5-8c04-ab371ca18842", the configured clientId. Fix: run addin:inject with this registration, or correct clientId')
assertLine(log, '[ERROR]   2. target/addin-worldwide/web/Web.config:12 appSettings "ClientId": the client ID differs from the configured one. Found "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba"; expected "0ef306f5-ece9-4db5-8c04-ab371ca18842", the configured clientId. Fix: run addin:inject with this registration, or correct clientId')
assertLine(log, '[ERROR]   3. target/addin-worldwide/package/AppManifest.xml:11 Properties/StartPage: the address is not on the add-in domain. Found "https://addin.contoso.com/Pages/Default.aspx?{StandardTokens}"; expected an https address on addin.contoso.cn (https://addin.contoso.cn/...). Fix: use ~remoteAppUrl in the source and run addin:inject, or correct appDomain')
assertLine(log, '[ERROR]   4. target/addin-worldwide/package/AppManifest.xml:12 Properties/InstalledEventEndpoint: the address is not on the add-in domain. Found "https://addin.contoso.com/Services/AppEventReceiver.svc"; expected an https address on addin.contoso.cn (https://addin.contoso.cn/...). Fix: use ~remoteAppUrl in the source and run addin:inject, or correct appDomain')
assertLine(log, '[ERROR]   5. target/addin-worldwide/web/Web.config:13 appSettings "ClientSecret": the secret is not one of the configured secrets. Found a hidden value (sha256:143c5ada, 44 characters); expected the client secret (sha256:9f4509e1). Fix: run addin:inject with the current secrets, or configure the secret this web.config holds')
assertSameTree(new File(basedir, 'pristine'), new File(basedir, 'src'))
assertLine(log, '[ERROR] Failed to execute goal dev.addinreg:addin-registration-maven-plugin:' + projectVersion + ':verify (china) on project verify-two-registrations-mismatch: The add-in files (execution china) have 5 problems:')
true
