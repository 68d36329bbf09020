package dev.addinreg.inject;

import static dev.addinreg.inject.AddinProject.CLIENT_ID;
import static dev.addinreg.inject.AddinProject.errors;
import static dev.addinreg.inject.AddinProject.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;

/** The manifest's hosting model and its {@code RemoteWebApplication ClientId}, byte for byte. */
class ManifestEditorTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String OLD_ID = "0f9e8d7c-6b5a-4a3b-8c2d-1e0f9a8b7c6d";

    @TempDir
    Path dir;

    @Test
    void placeholderIsReplacedByTheClientId() throws IOException {
        // given a Visual Studio manifest: byte-order mark, CRLF
        AddinProject project = AddinProject.standard(dir);
        byte[] source = visualStudio(AddinProject.MANIFEST);
        project.write(project.appManifest, source);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(Hosting.PROVIDER_HOSTED, outcome.hosting());
        assertArrayEquals(visualStudio(AddinProject.MANIFEST.replace("ClientId=\"*\"", "ClientId=\"" + CLIENT_ID + "\"")),
                read(project.packageOutput("AppManifest.xml")));
        assertArrayEquals(source, read(project.appManifest));
        InjectOutcome.EditedFile manifest = outcome.edited().get(0);
        assertEquals("src/main/sharepoint/AppManifest.xml", manifest.source());
        assertEquals("target/addin/package/AppManifest.xml", manifest.target());
        assertEquals(List.of("ClientId set"), manifest.changes());
        assertEquals(List.of("15:37 RemoteWebApplication/@ClientId"), manifest.positions());
    }

    @Test
    void olderClientIdIsReplaced() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, AddinProject.MANIFEST.replace("ClientId=\"*\"", "ClientId='" + OLD_ID + "'"));

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(AddinProject.MANIFEST.replace("ClientId=\"*\"", "ClientId='" + CLIENT_ID + "'"),
                new String(read(project.packageOutput("AppManifest.xml")), StandardCharsets.UTF_8));
    }

    @Test
    void currentClientIdIsLeftAndSaidSo() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        String current = AddinProject.MANIFEST.replace("ClientId=\"*\"", "ClientId=\"" + CLIENT_ID + "\"");
        project.write(project.appManifest, current);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("ClientId already set"), outcome.edited().get(0).changes());
        assertEquals(current, new String(read(project.packageOutput("AppManifest.xml")), StandardCharsets.UTF_8));
    }

    @Test
    void missingClientIdAttributeIsAdded() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, AddinProject.MANIFEST.replace("<RemoteWebApplication ClientId=\"*\" />",
                "<RemoteWebApplication/>"));

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(AddinProject.MANIFEST.replace("ClientId=\"*\" />", "ClientId=\"" + CLIENT_ID + "\"/>"),
                new String(read(project.packageOutput("AppManifest.xml")), StandardCharsets.UTF_8));
    }

    @Test
    void sharePointHostedManifestIsLeftByteIdentical() throws IOException {
        // given a SharePoint-hosted add-in has no web.config at all
        AddinProject project = new AddinProject(dir);
        byte[] source = visualStudio(AddinProject.SHAREPOINT_HOSTED_MANIFEST);
        project.write(project.appManifest, source);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(Hosting.SHAREPOINT_HOSTED, outcome.hosting());
        assertArrayEquals(source, read(project.packageOutput("AppManifest.xml")));
        assertArrayEquals(source, read(project.appManifest));
        assertEquals(List.of(), outcome.edited(), "no file holds a value to set");
        assertEquals(1, outcome.copied());
    }

    @Test
    void sharePointHostedNeedsNoRegistration() throws IOException {
        // given
        AddinProject project = new AddinProject(dir);
        project.write(project.appManifest, AddinProject.SHAREPOINT_HOSTED_MANIFEST);
        Registration nothing = new Registration(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        // when
        InjectOutcome outcome = AddinProject.inject(project.request(false, nothing));

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(Hosting.SHAREPOINT_HOSTED, outcome.hosting());
    }

    @Test
    void autohostedAddinFails() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, AddinProject.MANIFEST.replace("<RemoteWebApplication ClientId=\"*\" />",
                "<AutoDeployedWebApplication />"));

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(Hosting.UNKNOWN, outcome.hosting());
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml:15: the add-in is autohosted (AutoDeployedWebApplication)."
                + " Found <AutoDeployedWebApplication>; expected <RemoteWebApplication ClientId=\"*\" /> or <Internal />."
                + " Fix: autohosted add-ins were retired by Microsoft in 2014; host the web application yourself, register it"
                + " on AppRegNew.aspx and use <RemoteWebApplication ClientId=\"*\" />"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void wrongRootElementFails() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, "<?xml version=\"1.0\"?>\n<configuration>\n</configuration>\n");

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml:2: the root element is not an add-in manifest's."
                + " Found <configuration> in namespace \"\"; expected"
                + " <App xmlns=\"http://schemas.microsoft.com/sharepoint/2012/app/manifest\">."
                + " Fix: point appManifest at the add-in's AppManifest.xml"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void wrongNamespaceFails() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, AddinProject.MANIFEST.replace("/2012/app/manifest", "/2011/app/manifest"));

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml:3: the root element is not an add-in manifest's."
                + " Found <App> in namespace \"http://schemas.microsoft.com/sharepoint/2011/app/manifest\"; expected"
                + " <App xmlns=\"http://schemas.microsoft.com/sharepoint/2012/app/manifest\">."
                + " Fix: point appManifest at the add-in's AppManifest.xml"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void prefixedRootInTheRightNamespaceIsAManifest() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        String prefixed = """
                <m:App xmlns:m="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="Prefixed">
                  <m:AppPrincipal><m:RemoteWebApplication ClientId="*"/></m:AppPrincipal>
                </m:App>
                """;
        project.write(project.appManifest, prefixed);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(prefixed.replace("*", CLIENT_ID), new String(read(project.packageOutput("AppManifest.xml")), StandardCharsets.UTF_8));
    }

    @Test
    void manifestWithoutAppPrincipalFails() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, AddinProject.MANIFEST.replaceAll("(?s)  <AppPrincipal>.*</AppPrincipal>\n", ""));

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml:3: the manifest has no <AppPrincipal>. Expected"
                + " <AppPrincipal><RemoteWebApplication ClientId=\"*\" /></AppPrincipal> for a provider-hosted add-in,"
                + " or <AppPrincipal><Internal /></AppPrincipal> for a SharePoint-hosted one."
                + " Fix: add the AppPrincipal element Visual Studio writes"), errors(outcome));
    }

    @Test
    void malformedManifestFailsWithLineAndColumnAndWritesNothing() throws IOException {
        // given the end tag of Title is misspelt on line 10, its name from column 28
        AddinProject project = AddinProject.standard(dir);
        byte[] source = visualStudio(AddinProject.MANIFEST.replace("</Title>", "</Titel>"));
        project.write(project.appManifest, source);
        FileTime modified = Files.getLastModifiedTime(project.appManifest);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(1, outcome.findings().errors().size());
        Problem problem = outcome.findings().errors().get(0);
        assertEquals("src/main/sharepoint/AppManifest.xml:10:28", problem.where());
        assertEquals("the file is not well-formed XML: The element type \"Title\" must be terminated by the matching"
                + " end-tag \"</Title>\"", problem.what());
        assertEquals(Hosting.UNKNOWN, outcome.hosting());
        assertFalse(Files.exists(project.outputDirectory), "nothing is written");
        assertArrayEquals(source, read(project.appManifest));
        assertEquals(modified, Files.getLastModifiedTime(project.appManifest));
    }

    @Test
    void missingManifestFails() throws IOException {
        // given
        AddinProject project = new AddinProject(dir);
        project.write(project.webConfig, AddinProject.WEB_CONFIG);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml: the file does not exist. Expected the file appManifest"
                + " names. Fix: correct appManifest or create the file"), errors(outcome));
    }

    /** The text as Visual Studio saves it: UTF-8 with a byte-order mark, CRLF line endings. */
    static byte[] visualStudio(String text) {
        byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        return bytes;
    }
}
