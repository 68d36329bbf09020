package dev.addinreg.inject;

import static dev.addinreg.inject.AddinProject.CLIENT_ID;
import static dev.addinreg.inject.AddinProject.ORIGIN;
import static dev.addinreg.inject.AddinProject.errors;
import static dev.addinreg.inject.AddinProject.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.addin.Hosting;
import dev.addinreg.apppackage.AppPackage;
import dev.addinreg.apppackage.VisualStudioPackage;
import dev.addinreg.registration.AddinVersion;

/** Injecting into a built add-in package: the parts with values edited, every other entry as it was, the input untouched. */
class AppPackageInjectTest {
    private static final String ELEMENTS = "elements9a8c7b6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.xml";

    @TempDir
    Path dir;

    /** A project with a web.config, no loose manifest, and the package Visual Studio built in {@code build/}. */
    private AddinProject project(Path app) throws IOException {
        AddinProject project = new AddinProject(dir);
        project.write(project.webConfig, AddinProject.WEB_CONFIG);
        VisualStudioPackage.write(VisualStudioPackage.contosoOrders(), app);
        return project;
    }

    private InjectRequest request(AddinProject project, Path app, boolean inPlace) {
        return new InjectRequest(project.files(inPlace, app), AddinProject.registration());
    }

    private static String expected(String part) throws IOException {
        return Files.readString(VisualStudioPackage.contosoOrders().resolve(part)).replace("~remoteAppUrl", ORIGIN)
                .replace("ClientId=\"*\"", "ClientId=\"" + CLIENT_ID + "\"");
    }

    @Test
    void editsTheManifestAndTokenPartsAndCopiesEveryOtherEntry() throws Exception {
        // given
        Path app = dir.resolve("build/Contoso.Orders.app");
        AddinProject project = project(app);
        byte[] input = read(app);

        // when
        InjectOutcome outcome = AddinProject.inject(request(project, app, false));

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(Hosting.PROVIDER_HOSTED, outcome.hosting());
        Path output = project.packageOutput("Contoso.Orders.app");
        assertEquals(List.of(
                        "build/Contoso.Orders.app!/AppManifest.xml -> target/addin/package/Contoso.Orders.app!/AppManifest.xml:"
                                + " [ClientId set, 2 ~remoteAppUrl tokens replaced]",
                        "build/Contoso.Orders.app!/" + ELEMENTS + " -> target/addin/package/Contoso.Orders.app!/" + ELEMENTS
                                + ": [1 ~remoteAppUrl token replaced]",
                        "src/main/webapp/Web.config -> target/addin/web/Web.config: [ClientId set, ClientSecret set]"),
                outcome.edited().stream().map(f -> f.source() + " -> " + f.target() + ": " + f.changes()).toList());
        assertEquals(new InjectOutcome.WrittenPackage("build/Contoso.Orders.app", "target/addin/package/Contoso.Orders.app", 9, true),
                outcome.appPackage());
        try (AppPackage in = AppPackage.open(app, "in"); AppPackage out = AppPackage.open(output, "out")) {
            assertEquals(in.names(), out.names());
            for (String name : in.names()) {
                switch (name) {
                    case "AppManifest.xml", ELEMENTS -> assertEquals(expected(name),
                            new String(out.read(name), StandardCharsets.UTF_8), name);
                    default -> assertArrayEquals(in.read(name), out.read(name), name);
                }
            }
        }
        assertArrayEquals(input, read(app), "the input package is never modified");
        assertTrue(Files.isRegularFile(project.webOutput("Web.config")));
        assertFalse(Files.exists(project.packageOutput("AppManifest.xml")), "no loose package files");
    }

    @Test
    void theVersionIsSetInsideThePackageByteForByte() throws Exception {
        // given
        Path app = dir.resolve("build/Contoso.Orders.app");
        AddinProject project = project(app);
        InjectRequest request = new InjectRequest(project.files(false, app),
                AddinProject.registrationWithVersion(AddinVersion.parse("1.4.2-SNAPSHOT").withRevision(57)));

        // when
        InjectOutcome outcome = AddinProject.inject(request);

        // then the manifest differs from the built one only in its values, every other entry not at all
        assertEquals(List.of(), errors(outcome));
        assertEquals(List.of("ClientId set", "Version set", "2 ~remoteAppUrl tokens replaced"), outcome.edited().get(0).changes());
        byte[] manifest = Files.readAllBytes(VisualStudioPackage.contosoOrders().resolve("AppManifest.xml"));
        byte[] expected = new String(manifest, StandardCharsets.UTF_8).replace("~remoteAppUrl", ORIGIN)
                .replace("ClientId=\"*\"", "ClientId=\"" + CLIENT_ID + "\"")
                .replace("     Version=\"1.0.0.0\"\r\n", "     Version=\"1.4.2.57\"\r\n").getBytes(StandardCharsets.UTF_8);
        try (AppPackage in = AppPackage.open(app, "in"); AppPackage out = AppPackage.open(project.packageOutput("Contoso.Orders.app"), "out")) {
            assertEquals(in.names(), out.names());
            assertArrayEquals(expected, out.read("AppManifest.xml"));
            for (String name : in.names()) {
                if (!name.equals("AppManifest.xml") && !name.equals(ELEMENTS)) {
                    assertArrayEquals(in.read(name), out.read(name), name);
                }
            }
        }
    }

    @Test
    void aSecondRunWritesNothing() throws IOException {
        Path app = dir.resolve("build/Contoso.Orders.app");
        AddinProject project = project(app);
        AddinProject.inject(request(project, app, false));
        Path output = project.packageOutput("Contoso.Orders.app");
        byte[] first = read(output);

        InjectOutcome second = AddinProject.inject(request(project, app, false));

        assertFalse(second.appPackage().written());
        assertTrue(second.edited().stream().noneMatch(InjectOutcome.EditedFile::written));
        assertArrayEquals(first, read(output));
    }

    @Test
    void inPlaceEditsWebConfigButNeverThePackage() throws IOException {
        Path app = dir.resolve("build/Contoso.Orders.app");
        AddinProject project = project(app);
        byte[] input = read(app);

        InjectOutcome outcome = AddinProject.inject(request(project, app, true));

        assertEquals(List.of(), errors(outcome));
        assertArrayEquals(input, read(app));
        assertTrue(Files.isRegularFile(project.packageOutput("Contoso.Orders.app")));
        assertTrue(Files.readString(project.webConfig).contains(CLIENT_ID));
    }

    @Test
    void aFileThatIsNotAZipFailsAndNothingIsWritten() throws IOException {
        AddinProject project = new AddinProject(dir);
        project.write(project.webConfig, AddinProject.WEB_CONFIG);
        Path app = project.write(dir.resolve("build/Contoso.Orders.app"), "not a zip");

        InjectOutcome outcome = AddinProject.inject(request(project, app, false));

        assertEquals(List.of("build/Contoso.Orders.app: this is not a zip file, as an add-in package (.app) is. Expected an add-in"
                + " package (.app) as Visual Studio builds it. Fix: point appPackage at the .app file that Visual Studio or msbuild"
                + " built; a damaged package must be built again"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
        assertNull(outcome.appPackage());
    }

    @Test
    void anEntryThatLeavesThePackageFailsAndNothingIsWritten() throws IOException {
        AddinProject project = new AddinProject(dir);
        project.write(project.webConfig, AddinProject.WEB_CONFIG);
        Path app = dir.resolve("build/Contoso.Orders.app");
        VisualStudioPackage.write(VisualStudioPackage.contosoOrders(), app, Map.of("../../../etc/evil.xml", "<x/>".getBytes(StandardCharsets.UTF_8)));

        InjectOutcome outcome = AddinProject.inject(request(project, app, false));

        assertEquals(List.of("build/Contoso.Orders.app: the package holds an entry whose name leaves the package's folder."
                + " Found \"../../../etc/evil.xml\"; expected an add-in package (.app) as Visual Studio builds it. Fix: build the"
                + " package again from trusted sources: names such as ../ or an absolute path are how a zip overwrites files"
                + " outside the folder it is unpacked in"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
        assertFalse(Files.exists(dir.resolve("etc")));
    }

    @Test
    void aSignedPackageIsRefused() throws IOException {
        AddinProject project = new AddinProject(dir);
        project.write(project.webConfig, AddinProject.WEB_CONFIG);
        Path app = dir.resolve("build/Contoso.Orders.app");
        VisualStudioPackage.write(VisualStudioPackage.contosoOrders(), app, Map.of("package/services/digital-signature/xml-signature/a.psdsxs",
                "<Signature/>".getBytes(StandardCharsets.UTF_8)));

        InjectOutcome outcome = AddinProject.inject(request(project, app, false));

        assertEquals(List.of("build/Contoso.Orders.app: the package is signed, and any edit would break its signature. Expected"
                + " an unsigned package. Fix: inject into the sources before the package is built and signed, or sign the package"
                + " after addin:inject"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void aMalformedPartIsNamedInsideThePackage() throws IOException {
        AddinProject project = new AddinProject(dir);
        project.write(project.webConfig, AddinProject.WEB_CONFIG);
        Path app = dir.resolve("build/Contoso.Orders.app");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("AppManifest.xml", read(VisualStudioPackage.contosoOrders().resolve("AppManifest.xml")));
        entries.put(ELEMENTS, "<Elements>\n  <Content Src=\"~remoteAppUrl/a\">\n</Elements>\n".getBytes(StandardCharsets.UTF_8));
        VisualStudioPackage.writeEntries(app, entries);

        InjectOutcome outcome = AddinProject.inject(request(project, app, false));

        assertEquals(1, errors(outcome).size(), errors(outcome).toString());
        assertTrue(errors(outcome).get(0).startsWith("build/Contoso.Orders.app!/" + ELEMENTS + ":3:3: "), errors(outcome).get(0));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void aSharePointHostedPackageIsCopiedWithoutTouchingWebConfig() throws IOException {
        AddinProject project = new AddinProject(dir);
        project.write(project.webConfig, AddinProject.WEB_CONFIG);
        Path app = dir.resolve("build/Calendar.app");
        VisualStudioPackage.writeEntries(app, Map.of("AppManifest.xml",
                AddinProject.SHAREPOINT_HOSTED_MANIFEST.getBytes(StandardCharsets.UTF_8)));

        InjectOutcome outcome = AddinProject.inject(request(project, app, false));

        assertEquals(List.of(), errors(outcome));
        assertEquals(Hosting.SHAREPOINT_HOSTED, outcome.hosting());
        assertEquals(List.of(), outcome.edited());
        assertEquals(1, outcome.appPackage().entriesCopied());
        assertFalse(Files.exists(project.webOutput("Web.config")));
    }
}
