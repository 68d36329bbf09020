package dev.addinreg.inject;

import static dev.addinreg.inject.AddinProject.CLIENT_ID;
import static dev.addinreg.inject.AddinProject.errors;
import static dev.addinreg.inject.AddinProject.read;
import static dev.addinreg.inject.ManifestEditorTest.visualStudio;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.AddinVersion;
import dev.addinreg.registration.Registration;

/** The root {@code App}'s {@code Version}, set by {@link ManifestEditor} byte for byte, whatever the hosting model. */
class ManifestVersionTest {
    private static final AddinVersion VERSION = AddinVersion.parse("1.4.2-SNAPSHOT").withRevision(57);

    @TempDir
    Path dir;

    private static String manifest(String text) {
        return text.replace("ClientId=\"*\"", "ClientId=\"" + CLIENT_ID + "\"");
    }

    private InjectOutcome inject(AddinProject project) throws IOException {
        return AddinProject.inject(project.request(false, AddinProject.registrationWithVersion(VERSION)));
    }

    private String output(AddinProject project) {
        return new String(read(project.packageOutput("AppManifest.xml")), StandardCharsets.UTF_8);
    }

    @Test
    void versionIsSetByteForByteInAVisualStudioManifest() throws IOException {
        // given: byte-order mark, CRLF, one attribute a line, SharePointMinVersion beside Version
        AddinProject project = AddinProject.standard(dir);
        byte[] source = visualStudio(AddinProject.MANIFEST);
        project.write(project.appManifest, source);

        // when
        InjectOutcome outcome = inject(project);

        // then only the two values differ
        assertEquals(List.of(), errors(outcome));
        assertArrayEquals(visualStudio(manifest(AddinProject.MANIFEST).replace("Version=\"1.0.0.0\"", "Version=\"1.4.2.57\"")),
                read(project.packageOutput("AppManifest.xml")));
        assertArrayEquals(source, read(project.appManifest));
        InjectOutcome.EditedFile edited = outcome.edited().get(0);
        assertEquals(List.of("ClientId set", "Version set"), edited.changes());
        assertEquals(List.of("15:37 RemoteWebApplication/@ClientId", "6:15 App/@Version"), edited.positions());
    }

    @Test
    void quotesAndSpacingAroundTheValueAreKept() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, AddinProject.MANIFEST.replace("Version=\"1.0.0.0\"", "Version = '1.0.0.0'"));

        // when
        InjectOutcome outcome = inject(project);

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(manifest(AddinProject.MANIFEST).replace("Version=\"1.0.0.0\"", "Version = '1.4.2.57'"), output(project));
    }

    @Test
    void theSameVersionIsLeftAndSaidSo() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        String current = AddinProject.MANIFEST.replace("Version=\"1.0.0.0\"", "Version=\"1.4.2.57\"");
        project.write(project.appManifest, current);

        // when
        InjectOutcome outcome = inject(project);

        // then
        assertEquals(List.of("ClientId set", "Version already set"), outcome.edited().get(0).changes());
        assertEquals(manifest(current), output(project));
    }

    @Test
    void aMissingVersionIsAddedAfterTheElementName() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        String withoutVersion = AddinProject.MANIFEST.replace("     Version=\"1.0.0.0\"\n", "");
        project.write(project.appManifest, withoutVersion);

        // when
        InjectOutcome outcome = inject(project);

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(manifest(withoutVersion).replace("<App xmlns=", "<App Version=\"1.4.2.57\" xmlns="), output(project));
    }

    @Test
    void commentsAndOtherVersionsAreNeverTouched() throws IOException {
        // given: Version in comments, a SharePointMinVersion, and a Version attribute on another element
        AddinProject project = AddinProject.standard(dir);
        String source = AddinProject.MANIFEST
                .replace("<!--Created:", "<!-- <App Version=\"1.0.0.0\"> -->\n<!--Created:")
                .replace("  <Properties>", "  <!-- Version=\"1.0.0.0\" -->\n  <Properties Version=\"1.0.0.0\">");
        project.write(project.appManifest, source);

        // when
        InjectOutcome outcome = inject(project);

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(manifest(source).replace("     Version=\"1.0.0.0\"", "     Version=\"1.4.2.57\""), output(project));
    }

    @Test
    void aPrefixedRootGetsItsVersion() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        String prefixed = """
                <m:App xmlns:m="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="Prefixed" Version="2.0.0.0">
                  <m:AppPrincipal><m:RemoteWebApplication ClientId="*"/></m:AppPrincipal>
                </m:App>
                """;
        project.write(project.appManifest, prefixed);

        // when
        InjectOutcome outcome = inject(project);

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(prefixed.replace("*", CLIENT_ID).replace("2.0.0.0", "1.4.2.57"), output(project));
    }

    @Test
    void aSharePointHostedManifestGetsItsVersionAndNothingElse() throws IOException {
        // given: no web application, and only a version configured
        AddinProject project = new AddinProject(dir);
        byte[] source = visualStudio(AddinProject.SHAREPOINT_HOSTED_MANIFEST);
        project.write(project.appManifest, source);
        Registration versionOnly = new Registration(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(VERSION));

        // when
        InjectOutcome outcome = AddinProject.inject(project.request(false, versionOnly));

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(Hosting.SHAREPOINT_HOSTED, outcome.hosting());
        assertArrayEquals(visualStudio(AddinProject.SHAREPOINT_HOSTED_MANIFEST.replace("Version=\"1.0.0.0\"", "Version=\"1.4.2.57\"")),
                read(project.packageOutput("AppManifest.xml")));
        assertEquals(List.of("Version set"), outcome.edited().get(0).changes());
        assertEquals(0, outcome.copied());
        assertFalse(Files.exists(project.webOutput("Web.config")));
    }

    @Test
    void aManifestThatIsNoAddinManifestGetsNoVersion() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        project.write(project.appManifest, "<?xml version=\"1.0\"?>\n<configuration Version=\"1.0.0.0\">\n</configuration>\n");

        // when
        InjectOutcome outcome = inject(project);

        // then the root is the only problem, and nothing is written
        assertEquals(1, errors(outcome).size(), errors(outcome).toString());
        assertFalse(Files.exists(project.outputDirectory));
    }
}
