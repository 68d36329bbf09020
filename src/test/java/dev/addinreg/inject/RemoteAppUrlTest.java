package dev.addinreg.inject;

import static dev.addinreg.inject.AddinProject.errors;
import static dev.addinreg.inject.AddinProject.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ~remoteAppUrl} in the manifest and the package's XML files, byte for byte. */
class RemoteAppUrlTest {
    private static final String MANIFEST_WITH_TOKENS = AddinProject.MANIFEST
            .replace("https://orders.contoso.com/Pages/Default.aspx?{StandardTokens}",
                    "~remoteAppUrl/Pages/Default.aspx?{StandardTokens}&amp;SPHostTitle={HostTitle}")
            .replace("  </Properties>\n", """
                        <InstalledEventEndpoint>~remoteAppUrl/Services/AppEventReceiver.svc</InstalledEventEndpoint>
                        <UninstallingEventEndpoint>~remoteAppUrl/Services/AppEventReceiver.svc</UninstallingEventEndpoint>
                      </Properties>
                      <!-- Debug: <StartPage>~remoteAppUrl/Debug.aspx</StartPage> -->
                    """);

    /** A client web part and a remote event receiver: three tokens, one in a comment, SharePoint tokens beside them. */
    private static final String ELEMENTS = """
            <?xml version="1.0" encoding="utf-8"?>
            <Elements xmlns="http://schemas.microsoft.com/sharepoint/">
              <ClientWebPart Name="Orders" Title="Orders" DefaultWidth="300" DefaultHeight="200">
                <!-- Content element identifies the location of the page that will render inside the client web part
                     Example: Src="~appWebUrl/Pages/ClientWebPart1.aspx?Property1=_property1_"
                     Or: Src="~remoteAppUrl/Pages/Part.aspx" -->
                <Content Type="html" Src='~remoteAppUrl/Pages/Part.aspx?{StandardTokens}&amp;host={HostUrl}' />
              </ClientWebPart>
              <Receivers>
                <Receiver>
                  <Name>OrdersReceiver</Name>
                  <Url>~remoteAppUrl/Services/Orders.svc</Url>
                  <Data><![CDATA[~remoteAppUrl/Services/Data.svc?web=~appWebUrl]]></Data>
                </Receiver>
              </Receivers>
            </Elements>
            """;

    @TempDir
    Path dir;

    @Test
    void tokensInTextAndAttributesAreReplacedNotInComments() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, ManifestEditorTest.visualStudio(MANIFEST_WITH_TOKENS));
        Path elements = project.write(project.packageDirectory.resolve("OrdersPart/Elements.xml"), ELEMENTS);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        String origin = AddinProject.ORIGIN;
        assertArrayEquals(ManifestEditorTest.visualStudio(MANIFEST_WITH_TOKENS
                        .replace("<StartPage>~remoteAppUrl", "<StartPage>" + origin)
                        .replace("Endpoint>~remoteAppUrl", "Endpoint>" + origin)
                        .replace("ClientId=\"*\"", "ClientId=\"" + AddinProject.CLIENT_ID + "\"")
                        .replace("<!-- Debug: <StartPage>" + origin, "<!-- Debug: <StartPage>~remoteAppUrl")),
                read(project.packageOutput("AppManifest.xml")));
        assertEquals(ELEMENTS
                        .replace("Src='~remoteAppUrl", "Src='" + origin)
                        .replace("<Url>~remoteAppUrl", "<Url>" + origin)
                        .replace("[CDATA[~remoteAppUrl", "[CDATA[" + origin),
                new String(read(project.packageOutput("OrdersPart/Elements.xml")), StandardCharsets.UTF_8));
        assertEquals(ELEMENTS, new String(read(elements), StandardCharsets.UTF_8), "the source is never modified");
    }

    @Test
    void changesCountTheTokens() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, MANIFEST_WITH_TOKENS);
        project.write(project.packageDirectory.resolve("OrdersPart/Elements.xml"), ELEMENTS);
        project.write(project.packageDirectory.resolve("Images/Elements.xml"), """
                <Elements xmlns="http://schemas.microsoft.com/sharepoint/">
                  <CustomAction Id="Ribbon.Orders" ImageUrl="~remoteAppUrl/Images/orders.png" />
                </Elements>
                """);

        // when
        InjectOutcome outcome = project.inject();

        // then
        List<String> changes = outcome.edited().stream().map(file -> file.source() + ": " + String.join(", ", file.changes())).toList();
        assertEquals(List.of(
                "src/main/sharepoint/AppManifest.xml: ClientId set, 3 ~remoteAppUrl tokens replaced",
                "src/main/webapp/Web.config: ClientId set, ClientSecret set",
                "src/main/sharepoint/Images/Elements.xml: 1 ~remoteAppUrl token replaced",
                "src/main/sharepoint/OrdersPart/Elements.xml: 3 ~remoteAppUrl tokens replaced"), changes);
        InjectOutcome.EditedFile images = outcome.edited().get(2);
        assertEquals("target/addin/package/Images/Elements.xml", images.target());
        assertEquals(List.of("2:46 ~remoteAppUrl in CustomAction/@ImageUrl"), images.positions());
    }

    @Test
    void portIsKeptWhenNot443() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, MANIFEST_WITH_TOKENS);

        // when
        InjectOutcome outcome = AddinProject.inject(project.request(false, AddinProject.registration("addin.contoso.com:8443")));

        // then
        assertEquals(List.of(), errors(outcome));
        String output = new String(read(project.packageOutput("AppManifest.xml")), StandardCharsets.UTF_8);
        assertTrue(output.contains("<StartPage>https://addin.contoso.com:8443/Pages/Default.aspx?{StandardTokens}&amp;SPHostTitle={HostTitle}</StartPage>"));
        assertTrue(output.contains("<InstalledEventEndpoint>https://addin.contoso.com:8443/Services/AppEventReceiver.svc<"));
    }

    @Test
    void sharePointTokensStay() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        String elements = """
                <Elements xmlns="http://schemas.microsoft.com/sharepoint/">
                  <CustomAction Id="a" Location="ScriptLink" ScriptSrc="~appWebUrl/Scripts/app.js?{StandardTokens}" />
                  <CustomAction Id="b" Url="{HostUrl}/_layouts/15/start.aspx" Title="~remoteAppUrlX" />
                  <File Url="~site/Pages/x.aspx">~sitecollection ~remoteAppUrl</File>
                </Elements>
                """;
        project.write(project.packageDirectory.resolve("Scripts/Elements.xml"), elements);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(elements.replace("Title=\"~remoteAppUrl", "Title=\"" + AddinProject.ORIGIN)
                        .replace("~sitecollection ~remoteAppUrl", "~sitecollection " + AddinProject.ORIGIN),
                new String(read(project.packageOutput("Scripts/Elements.xml")), StandardCharsets.UTF_8));
    }

    @Test
    void filesWithoutTokenAreCopiedByteIdenticalKeepingTheirPaths() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        byte[] commentOnly = ManifestEditorTest.visualStudio("""
                <?xml version="1.0" encoding="utf-8"?>
                <Elements xmlns="http://schemas.microsoft.com/sharepoint/">
                  <!-- Start the URL with the token ~remoteAppUrl if the page is in the remote web -->
                  <CustomAction Id="Go" Url="~appWebUrl/Pages/Go.aspx" />
                </Elements>
                """);
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0, '~', 'r', '\r', '\n', (byte) 0xFF};
        byte[] utf16 = "\uFEFF<Elements xmlns=\"http://schemas.microsoft.com/sharepoint/\" />\r\n".getBytes(StandardCharsets.UTF_16LE);
        project.write(project.packageDirectory.resolve("Features/Pages/Elements.xml"), commentOnly);
        project.write(project.packageDirectory.resolve("Images/AppIcon.png"), image);
        project.write(project.packageDirectory.resolve("Part Suppliers/Part Suppliers Instance/Elements.xml"), utf16);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertArrayEquals(commentOnly, read(project.packageOutput("Features/Pages/Elements.xml")));
        assertArrayEquals(image, read(project.packageOutput("Images/AppIcon.png")));
        assertArrayEquals(utf16, read(project.packageOutput("Part Suppliers/Part Suppliers Instance/Elements.xml")));
        assertEquals(3, outcome.copied());
        assertEquals(3, outcome.copiesWritten());
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml", "src/main/webapp/Web.config"),
                outcome.edited().stream().map(InjectOutcome.EditedFile::source).toList());
        try (Stream<Path> written = Files.walk(project.packageOutput(""))) {
            assertEquals(List.of("AppManifest.xml", "Features/Pages/Elements.xml", "Images/AppIcon.png",
                    "Part Suppliers/Part Suppliers Instance/Elements.xml"), written.filter(Files::isRegularFile)
                    .map(file -> project.packageOutput("").relativize(file).toString().replace('\\', '/')).sorted().toList());
        }
    }

    @Test
    void utf16PackageFileHasItsTokenReplacedInUtf16() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        String text = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<Elements xmlns=\"http://schemas.microsoft.com/sharepoint/\">\r\n"
                + "  <Receiver><Url>~remoteAppUrl/Services/R.svc</Url></Receiver>\r\n</Elements>\r\n";
        project.write(project.packageDirectory.resolve("R/Elements.xml"), utf16Be(text));

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertArrayEquals(utf16Be(text.replace("~remoteAppUrl", AddinProject.ORIGIN)), read(project.packageOutput("R/Elements.xml")));
    }

    @Test
    void tokenWithoutAddinDomainFailsAndWritesNothing() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.packageDirectory.resolve("OrdersPart/Elements.xml"), ELEMENTS);

        // when
        InjectOutcome outcome = AddinProject.inject(project.request(false, AddinProject.registration(null)));

        // then
        assertEquals(List.of("~remoteAppUrl in src/main/sharepoint/OrdersPart/Elements.xml: no add-in domain is configured."
                + " Expected the add-in domain to write there. Fix: set appDomain (-Daddin.appDomain) to the host of the remote"
                + " web application, such as addin.contoso.com"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void noTokenAndNoAddinDomainIsFine() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);

        // when
        InjectOutcome outcome = AddinProject.inject(project.request(false, AddinProject.registration(null)));

        // then
        assertEquals(List.of(), errors(outcome));
    }

    @Test
    void malformedPackageFileWithATokenFailsWithItsPosition() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.packageDirectory.resolve("Bad/Elements.xml"), "<Elements>\n  <Url>~remoteAppUrl</Ur>\n</Elements>\n");

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(1, outcome.findings().errors().size());
        assertEquals("src/main/sharepoint/Bad/Elements.xml:2:23", outcome.findings().errors().get(0).where());
        assertFalse(Files.exists(project.outputDirectory));
    }

    private static byte[] utf16Be(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
    }
}
