package dev.addinreg.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.xml.XmlFile;
import dev.addinreg.xml.XmlFileException;

/** {@code AppManifest.xml} as read: hosting model, client ID, title and endpoints, each with its line. */
class AddinManifestTest {
    private static final String NAME = "src/main/sharepoint/AppManifest.xml";

    /** The manifest Visual Studio writes for a provider-hosted add-in (lines as in examples/contoso-orders). */
    private static final String MANIFEST = """
            <?xml version="1.0" encoding="utf-8" ?>
            <!--Created:cb85b80c-f585-40ff-8bfc-12ff4d0e34a9-->
            <App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest"
                 Name="ContosoOrders"
                 ProductID="{4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11}"
                 Version="1.0.0.0"
                 SharePointMinVersion="16.0.0.0"
            >
              <Properties>
                <Title>Contoso Orders</Title>
                <StartPage>~remoteAppUrl/Pages/Default.aspx?{StandardTokens}</StartPage>
                <InstalledEventEndpoint>~remoteAppUrl/Services/AppEventReceiver.svc</InstalledEventEndpoint>
              </Properties>

              <AppPrincipal>
                <RemoteWebApplication ClientId="*" />
              </AppPrincipal>
              <AppPermissionRequests>
                <AppPermissionRequest Scope="http://sharepoint/content/sitecollection/web/list" Right="Write" />
              </AppPermissionRequests>
            </App>
            """;

    @TempDir
    Path folder;

    /** Writes {@code text} as Visual Studio does (UTF-8 with a byte-order mark, CRLF) and reads it as a manifest. */
    private AddinManifest read(String text, Findings findings) throws IOException, XmlFileException {
        Path file = folder.resolve("AppManifest.xml");
        Files.write(file, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        return AddinManifest.of(XmlFile.parse(NAME, Files.readAllBytes(file)), findings);
    }

    private static List<String> messages(Findings findings) {
        return findings.all().stream().map(Problem::message).toList();
    }

    @Test
    void providerHostedManifestGivesItsValuesWithTheirLines() throws Exception {
        // given
        Findings findings = new Findings();

        // when
        AddinManifest manifest = read(MANIFEST, findings);

        // then
        assertEquals(List.of(), messages(findings));
        assertEquals(Hosting.PROVIDER_HOSTED, manifest.hosting());
        assertEquals(NAME, manifest.file());
        assertEquals(Optional.of(new AddinManifest.Value("RemoteWebApplication/@ClientId", "*", 16)), manifest.clientId());
        assertEquals(Optional.of(new AddinManifest.Value("Properties/Title", "Contoso Orders", 10)), manifest.title());
        assertEquals(List.of(
                new AddinManifest.Value("Properties/StartPage", "~remoteAppUrl/Pages/Default.aspx?{StandardTokens}", 11),
                new AddinManifest.Value("Properties/InstalledEventEndpoint", "~remoteAppUrl/Services/AppEventReceiver.svc", 12)),
                manifest.endpoints());
        assertEquals(16, manifest.xml().line(manifest.remoteWebApplication().orElseThrow()));
    }

    @Test
    void endpointsComeInTheOrderStartPageInstalledUninstallingUpgradedTrimmedAndUnescaped() throws Exception {
        // given: the elements in another order, one with an entity, one in CDATA, one with whitespace around it
        String text = MANIFEST.replace("""
                    <StartPage>~remoteAppUrl/Pages/Default.aspx?{StandardTokens}</StartPage>
                    <InstalledEventEndpoint>~remoteAppUrl/Services/AppEventReceiver.svc</InstalledEventEndpoint>
                """, """
                    <UpgradedEventEndpoint>
                      https://orders.contoso.com/Services/Upgraded.svc
                    </UpgradedEventEndpoint>
                    <UninstallingEventEndpoint><![CDATA[https://orders.contoso.com/Services/Uninstalling.svc?a=1&b=2]]></UninstallingEventEndpoint>
                    <StartPage>https://orders.contoso.com/Pages/Default.aspx?{StandardTokens}&amp;x=1</StartPage>
                    <InstalledEventEndpoint>https://orders.contoso.com/Services/Installed.svc</InstalledEventEndpoint>
                """);

        // when
        AddinManifest manifest = read(text, new Findings());

        // then
        assertEquals(List.of(
                new AddinManifest.Value("Properties/StartPage", "https://orders.contoso.com/Pages/Default.aspx?{StandardTokens}&x=1", 15),
                new AddinManifest.Value("Properties/InstalledEventEndpoint", "https://orders.contoso.com/Services/Installed.svc", 16),
                new AddinManifest.Value("Properties/UninstallingEventEndpoint",
                        "https://orders.contoso.com/Services/Uninstalling.svc?a=1&b=2", 14),
                new AddinManifest.Value("Properties/UpgradedEventEndpoint", "https://orders.contoso.com/Services/Upgraded.svc", 11)),
                manifest.endpoints());
    }

    @Test
    void clientIdOfATagOverSeveralLinesIsOnTheTagsFirstLine() throws Exception {
        // given
        String text = MANIFEST.replace("    <RemoteWebApplication ClientId=\"*\" />\n",
                "    <RemoteWebApplication\n        ClientId=\"6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba\" />\n");

        // when
        AddinManifest manifest = read(text, new Findings());

        // then
        assertEquals(Optional.of(new AddinManifest.Value("RemoteWebApplication/@ClientId", "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba", 16)),
                manifest.clientId());
    }

    @Test
    void versionAndProductIdAreOnTheirOwnLinesOfTheRootTag() throws Exception {
        // when
        AddinManifest manifest = read(MANIFEST, new Findings());

        // then
        assertEquals(Optional.of(new AddinManifest.Value("App/@Version", "1.0.0.0", 6)), manifest.version());
        assertEquals(Optional.of(new AddinManifest.Value("App/@ProductID", "{4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11}", 5)),
                manifest.productId());
    }

    @Test
    void aRootWithoutVersionOrProductIdHasNeither() throws Exception {
        // given: SharePointMinVersion is no Version
        String text = MANIFEST.replace("     ProductID=\"{4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11}\"\n", "")
                .replace("     Version=\"1.0.0.0\"\n", "");

        // when
        AddinManifest manifest = read(text, new Findings());

        // then
        assertEquals(Optional.empty(), manifest.version());
        assertEquals(Optional.empty(), manifest.productId());
    }

    @Test
    void remoteWebApplicationWithoutClientIdHasNoClientId() throws Exception {
        // given
        String text = MANIFEST.replace("<RemoteWebApplication ClientId=\"*\" />", "<RemoteWebApplication />");

        // when
        AddinManifest manifest = read(text, new Findings());

        // then
        assertEquals(Hosting.PROVIDER_HOSTED, manifest.hosting());
        assertEquals(Optional.empty(), manifest.clientId());
    }

    @Test
    void manifestWithoutTitleOrPropertiesHasNoTitleAndNoEndpoints() throws Exception {
        // given
        String text = MANIFEST.replaceAll("(?s)  <Properties>.*</Properties>\n", "");

        // when
        AddinManifest manifest = read(text, new Findings());

        // then
        assertEquals(Optional.empty(), manifest.title());
        assertEquals(List.of(), manifest.endpoints());
    }

    @Test
    void internalPrincipalIsSharePointHostedWithNoClientId() throws Exception {
        // given
        Findings findings = new Findings();
        String text = MANIFEST.replace("<RemoteWebApplication ClientId=\"*\" />", "<Internal />");

        // when
        AddinManifest manifest = read(text, findings);

        // then
        assertEquals(List.of(), messages(findings));
        assertEquals(Hosting.SHAREPOINT_HOSTED, manifest.hosting());
        assertEquals(Optional.empty(), manifest.remoteWebApplication());
        assertEquals(Optional.empty(), manifest.clientId());
    }

    @Test
    void rootOtherThanAppIsAProblem() throws Exception {
        // given
        Findings findings = new Findings();
        String text = """
                <?xml version="1.0" encoding="utf-8"?>
                <Elements xmlns="http://schemas.microsoft.com/sharepoint/">
                </Elements>
                """;

        // when
        AddinManifest manifest = read(text, findings);

        // then
        assertEquals(Hosting.UNKNOWN, manifest.hosting());
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml:2: the root element is not an add-in manifest's."
                + " Found <Elements> in namespace \"http://schemas.microsoft.com/sharepoint/\";"
                + " expected <App xmlns=\"http://schemas.microsoft.com/sharepoint/2012/app/manifest\">."
                + " Fix: point appManifest at the add-in's AppManifest.xml"), messages(findings));
    }

    @Test
    void appInAnotherNamespaceIsAProblem() throws Exception {
        // given
        Findings findings = new Findings();
        String text = MANIFEST.replace("http://schemas.microsoft.com/sharepoint/2012/app/manifest",
                "http://schemas.microsoft.com/sharepoint/2011/app/manifest");

        // when
        AddinManifest manifest = read(text, findings);

        // then
        assertEquals(Hosting.UNKNOWN, manifest.hosting());
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml:3: the root element is not an add-in manifest's."
                + " Found <App> in namespace \"http://schemas.microsoft.com/sharepoint/2011/app/manifest\";"
                + " expected <App xmlns=\"http://schemas.microsoft.com/sharepoint/2012/app/manifest\">."
                + " Fix: point appManifest at the add-in's AppManifest.xml"), messages(findings));
    }

    @Test
    void manifestWithoutAppPrincipalIsAProblem() throws Exception {
        // given
        Findings findings = new Findings();
        String text = MANIFEST.replace("""
                  <AppPrincipal>
                    <RemoteWebApplication ClientId="*" />
                  </AppPrincipal>
                """, "");

        // when
        AddinManifest manifest = read(text, findings);

        // then
        assertEquals(Hosting.UNKNOWN, manifest.hosting());
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml:3: the manifest has no <AppPrincipal>."
                + " Expected <AppPrincipal><RemoteWebApplication ClientId=\"*\" /></AppPrincipal> for a provider-hosted add-in,"
                + " or <AppPrincipal><Internal /></AppPrincipal> for a SharePoint-hosted one."
                + " Fix: add the AppPrincipal element Visual Studio writes"), messages(findings));
    }

    @Test
    void autohostedManifestIsAProblemWithItsLine() throws Exception {
        // given
        Findings findings = new Findings();
        String text = MANIFEST.replace("<RemoteWebApplication ClientId=\"*\" />", "<AutoDeployedWebApplication />");

        // when
        AddinManifest manifest = read(text, findings);

        // then
        assertEquals(Hosting.UNKNOWN, manifest.hosting());
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml:16: the add-in is autohosted (AutoDeployedWebApplication)."
                + " Found <AutoDeployedWebApplication>; expected <RemoteWebApplication ClientId=\"*\" /> or <Internal />."
                + " Fix: autohosted add-ins were retired by Microsoft in 2014; host the web application yourself, register it on"
                + " AppRegNew.aspx and use <RemoteWebApplication ClientId=\"*\" />"), messages(findings));
    }

    @Test
    void appPrincipalWithNoKnownChildIsAProblem() throws Exception {
        // given
        Findings findings = new Findings();
        String text = MANIFEST.replace("<RemoteWebApplication ClientId=\"*\" />", "<RemoteApp />");

        // when
        AddinManifest manifest = read(text, findings);

        // then
        assertEquals(Hosting.UNKNOWN, manifest.hosting());
        assertEquals(Optional.empty(), manifest.clientId());
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml:15: <AppPrincipal> names no known hosting model."
                + " Expected <RemoteWebApplication ClientId=\"*\" /> or <Internal />."
                + " Fix: use the AppPrincipal element Visual Studio writes"), messages(findings));
    }

    @Test
    void aGoodManifestAddsNothingToFindingsAlreadyThere() throws Exception {
        // given
        Findings findings = new Findings();
        findings.add(Problem.error("elsewhere", "an earlier problem", null, "nothing", "none"));

        // when
        read(MANIFEST, findings);

        // then
        assertEquals(1, findings.all().size());
        assertTrue(findings.all().get(0).message().startsWith("elsewhere: an earlier problem."));
    }
}
