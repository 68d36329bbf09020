package dev.addinreg.inject;

import static dev.addinreg.inject.AddinProject.CLIENT_ID;
import static dev.addinreg.inject.AddinProject.SECRET;
import static dev.addinreg.inject.AddinProject.errors;
import static dev.addinreg.inject.AddinProject.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.Registration;

/** Where the injector writes, what it leaves alone, and that it writes nothing it need not. */
class InjectorTest {
    private static final String EXPECTED_WEB_CONFIG = AddinProject.WEB_CONFIG
            .replace("value=\"*\"", "value=\"" + CLIENT_ID + "\"").replace("value=\"\"", "value=\"" + SECRET + "\"");
    private static final String EXPECTED_MANIFEST = AddinProject.MANIFEST.replace("ClientId=\"*\"", "ClientId=\"" + CLIENT_ID + "\"");
    private static final String ELEMENTS = """
            <Elements xmlns="http://schemas.microsoft.com/sharepoint/">
              <ClientWebPart Name="Orders"><Content Type="html" Src="~remoteAppUrl/Pages/Part.aspx" /></ClientWebPart>
            </Elements>
            """;
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2024-01-02T03:04:05Z"));

    @TempDir
    Path dir;

    @Test
    void defaultModeWritesUnderOutputDirectoryAndNeverModifiesSources() throws IOException {
        // given
        AddinProject project = projectWithPackage();
        Map<Path, Snapshot> sources = snapshot(dir);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(EXPECTED_WEB_CONFIG, text(project.webOutput("Web.config")));
        assertEquals(EXPECTED_MANIFEST, text(project.packageOutput("AppManifest.xml")));
        assertEquals(ELEMENTS.replace("~remoteAppUrl", AddinProject.ORIGIN), text(project.packageOutput("OrdersPart/Elements.xml")));
        assertArrayEquals(new byte[] {1, 2, 3}, read(project.packageOutput("Images/AppIcon.png")));
        assertEquals(List.of("target/addin/package/AppManifest.xml", "target/addin/web/Web.config",
                        "target/addin/package/OrdersPart/Elements.xml"),
                outcome.edited().stream().map(InjectOutcome.EditedFile::target).toList());
        assertTrue(outcome.edited().stream().allMatch(InjectOutcome.EditedFile::written));
        assertEquals(1, outcome.copied());
        assertEquals(1, outcome.copiesWritten());
        assertUnchanged(sources);
    }

    @Test
    void inPlaceEditsTheSources() throws IOException {
        // given
        AddinProject project = projectWithPackage();
        byte[] image = read(project.packageDirectory.resolve("Images/AppIcon.png"));

        // when
        InjectOutcome outcome = AddinProject.inject(project.request(true, AddinProject.registration()));

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(EXPECTED_WEB_CONFIG, text(project.webConfig));
        assertEquals(EXPECTED_MANIFEST, text(project.appManifest));
        assertEquals(ELEMENTS.replace("~remoteAppUrl", AddinProject.ORIGIN), text(project.packageDirectory.resolve("OrdersPart/Elements.xml")));
        assertArrayEquals(image, read(project.packageDirectory.resolve("Images/AppIcon.png")));
        assertEquals(List.of("src/main/sharepoint/AppManifest.xml", "src/main/webapp/Web.config",
                        "src/main/sharepoint/OrdersPart/Elements.xml"),
                outcome.edited().stream().map(InjectOutcome.EditedFile::target).toList());
        assertEquals(0, outcome.copied());
        assertFalse(Files.exists(project.outputDirectory), "in place, nothing goes to the output directory");
    }

    @Test
    void secondRunWritesNothing() throws IOException {
        // given
        AddinProject project = projectWithPackage();
        project.inject();
        Map<Path, Snapshot> outputs = snapshot(project.outputDirectory);

        // when
        InjectOutcome second = project.inject();

        // then
        assertEquals(List.of(), errors(second));
        assertEquals(3, second.edited().size());
        assertTrue(second.edited().stream().noneMatch(InjectOutcome.EditedFile::written), "no edited file is rewritten");
        assertEquals(1, second.copied());
        assertEquals(0, second.copiesWritten());
        assertUnchanged(outputs);
    }

    @Test
    void secondRunInPlaceWritesNothing() throws IOException {
        // given
        AddinProject project = projectWithPackage();
        AddinProject.inject(project.request(true, AddinProject.registration()));
        Map<Path, Snapshot> sources = snapshot(dir);

        // when
        InjectOutcome second = AddinProject.inject(project.request(true, AddinProject.registration()));

        // then
        assertEquals(List.of("ClientId already set"), second.edited().get(0).changes());
        assertEquals(List.of("ClientId already set", "ClientSecret already set"), second.edited().get(1).changes());
        assertTrue(second.edited().stream().noneMatch(InjectOutcome.EditedFile::written));
        assertUnchanged(sources);
    }

    @Test
    void outputFollowsTheSourcesPermissions() throws IOException {
        // given
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "a POSIX file system");
        AddinProject project = projectWithPackage();
        Files.setPosixFilePermissions(project.webConfig, PosixFilePermissions.fromString("rw-r-----"));
        Files.setPosixFilePermissions(project.appManifest, PosixFilePermissions.fromString("rw-rw-r--"));
        Files.setPosixFilePermissions(project.packageDirectory.resolve("Images/AppIcon.png"), PosixFilePermissions.fromString("r--------"));

        // when
        project.inject();

        // then
        assertEquals("rw-r-----", permissions(project.webOutput("Web.config")));
        assertEquals("rw-rw-r--", permissions(project.packageOutput("AppManifest.xml")));
        assertEquals("r--------", permissions(project.packageOutput("Images/AppIcon.png")));
        assertEquals(permissions(project.packageDirectory.resolve("OrdersPart/Elements.xml")),
                permissions(project.packageOutput("OrdersPart/Elements.xml")));
    }

    @Test
    void inPlaceKeepsTheSourcesPermissions() throws IOException {
        // given
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "a POSIX file system");
        AddinProject project = AddinProject.standard(dir);
        Files.setPosixFilePermissions(project.webConfig, PosixFilePermissions.fromString("rw-------"));

        // when
        AddinProject.inject(project.request(true, AddinProject.registration()));

        // then
        assertEquals(EXPECTED_WEB_CONFIG, text(project.webConfig));
        assertEquals("rw-------", permissions(project.webConfig));
    }

    @Test
    void viewsWebConfigIsNeverTouched() throws IOException {
        // given an MVC web application: Views/Web.config beside the configured Web.config holds appSettings too
        AddinProject project = AddinProject.standard(dir);
        Path views = project.write(project.webConfig.resolveSibling("Views/Web.config"), AddinProject.WEB_CONFIG);
        Map<Path, Snapshot> before = snapshot(views);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertUnchanged(before);
        assertFalse(Files.exists(project.webOutput("Views")));
        assertTrue(outcome.edited().stream().noneMatch(file -> file.source().contains("Views")));
    }

    @Test
    void aTokenInWebConfigIsLeftAsItIs() throws IOException {
        // given a web.config whose own setting holds ~remoteAppUrl: not one of the files whose tokens are replaced
        AddinProject project = new AddinProject(dir);
        project.write(project.appManifest, AddinProject.MANIFEST);
        project.write(project.webConfig, AddinProject.WEB_CONFIG.replace("  </appSettings>",
                "    <add key=\"HostUrl\" value=\"~remoteAppUrl/Pages\" />\n  </appSettings>"));

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(EXPECTED_WEB_CONFIG.replace("  </appSettings>", "    <add key=\"HostUrl\" value=\"~remoteAppUrl/Pages\" />\n  </appSettings>"),
                text(project.webOutput("Web.config")));
    }

    @Test
    void webConfigIsFoundIgnoringCase() throws IOException {
        // given the configured name is Web.config, the file is web.config
        AddinProject project = new AddinProject(dir);
        project.write(project.appManifest, AddinProject.MANIFEST);
        Path lowercase = project.write(project.webConfig.resolveSibling("web.config"), AddinProject.WEB_CONFIG);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(EXPECTED_WEB_CONFIG, text(project.webOutput("web.config")));
        assertEquals("src/main/webapp/web.config", outcome.edited().get(1).source());
        assertEquals("target/addin/web/web.config", outcome.edited().get(1).target());
        assertEquals(AddinProject.WEB_CONFIG, text(lowercase));
    }

    @Test
    void missingWebConfigFailsAndWritesNothing() throws IOException {
        // given
        AddinProject project = new AddinProject(dir);
        project.write(project.appManifest, AddinProject.MANIFEST);

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of("src/main/webapp/Web.config: there is no web.config. Expected the provider-hosted add-in's"
                + " Web.config (or web.config) at this path. Fix: set webConfig to the web application's Web.config; if the web application"
                + " keeps its settings elsewhere (ASP.NET Core's appsettings.json), set skipWebConfig"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void missingSecretFailsAndWritesNothing() throws IOException {
        // given
        AddinProject project = AddinProject.standard(dir);
        Registration registration = new Registration(Optional.of(ClientId.parse(CLIENT_ID)),
                Optional.of(AppDomain.parse(AddinProject.DOMAIN)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        // when
        InjectOutcome outcome = AddinProject.inject(project.request(false, registration));

        // then
        assertEquals(List.of("ClientSecret in src/main/webapp/Web.config: no client secret is configured. Expected the client"
                + " secret to write there. Fix: set the environment variable ADDIN_CLIENT_SECRET (or the one clientSecretEnv"
                + " names) to the secret; in CI, map the secret store's entry to it; or name a settings.xml server whose password"
                + " is the secret with serverId"), errors(outcome));
        assertFalse(Files.exists(project.outputDirectory));
    }

    @Test
    void oneBadFileStopsEveryWrite() throws IOException {
        // given a good web.config and manifest, and a package file that is not well-formed
        AddinProject project = projectWithPackage();
        project.write(project.packageDirectory.resolve("Broken/Elements.xml"), "<Elements><Url>~remoteAppUrl</Elements>");
        Map<Path, Snapshot> sources = snapshot(dir);

        // when
        InjectOutcome outcome = AddinProject.inject(project.request(true, AddinProject.registration()));

        // then
        assertEquals(1, outcome.findings().errors().size());
        assertEquals(List.of(), outcome.edited());
        assertUnchanged(sources);
    }

    @Test
    void deeplyNestedPackageFileIsProcessed() throws IOException {
        // given 100,000 nested elements with a token at the bottom
        AddinProject project = AddinProject.standard(dir);
        int depth = 100_000;
        StringBuilder xml = new StringBuilder("<Elements>");
        xml.append("<x>".repeat(depth)).append("~remoteAppUrl/deep").append("</x>".repeat(depth)).append("</Elements>");
        project.write(project.packageDirectory.resolve("Deep/Elements.xml"), xml.toString());

        // when
        InjectOutcome outcome = project.inject();

        // then
        assertEquals(List.of(), errors(outcome));
        assertEquals(xml.toString().replace("~remoteAppUrl", AddinProject.ORIGIN), text(project.packageOutput("Deep/Elements.xml")));
    }

    @Test
    void manyPackageFilesAreReadOnSeveralThreadsAndReportedInOrder() throws IOException {
        // given 200 package files, every tenth with a token, one of them 100,000 levels deep, and two broken ones
        AddinProject project = AddinProject.standard(dir);
        for (int i = 0; i < 200; i++) {
            String xml = i % 10 == 0 ? ELEMENTS : "<Elements><Module Name=\"M" + i + "\" /></Elements>\n";
            project.write(project.packageDirectory.resolve(String.format("Part%03d/Elements.xml", i)), xml);
        }
        String deep = "<Elements>" + "<x>".repeat(100_000) + "~remoteAppUrl/deep" + "</x>".repeat(100_000) + "</Elements>";
        project.write(project.packageDirectory.resolve("Part150/Elements.xml"), deep);

        // when
        InjectOutcome outcome = project.inject();
        project.write(project.packageDirectory.resolve("Part031/Elements.xml"), "<Elements><Url>~remoteAppUrl</Elements>");
        project.write(project.packageDirectory.resolve("Part007/Elements.xml"), "<Elements a=\"~remoteAppUrl\">");
        InjectOutcome broken = project.inject();

        // then the edited files come in the walk's order, and so do the errors
        assertEquals(List.of(), errors(outcome));
        List<String> expected = new ArrayList<>(List.of("src/main/sharepoint/AppManifest.xml", "src/main/webapp/Web.config"));
        for (int i = 0; i < 200; i += 10) {
            expected.add(String.format("src/main/sharepoint/Part%03d/Elements.xml", i));
        }
        assertEquals(expected, outcome.edited().stream().map(InjectOutcome.EditedFile::source).toList());
        assertEquals(180, outcome.copied());
        assertEquals(deep.replace("~remoteAppUrl", AddinProject.ORIGIN), text(project.packageOutput("Part150/Elements.xml")));
        assertEquals(List.of("src/main/sharepoint/Part007/Elements.xml", "src/main/sharepoint/Part031/Elements.xml"),
                broken.findings().errors().stream().map(problem -> problem.where().substring(0, problem.where().indexOf(':'))).toList());
    }

    private AddinProject projectWithPackage() throws IOException {
        AddinProject project = AddinProject.standard(dir);
        project.write(project.packageDirectory.resolve("OrdersPart/Elements.xml"), ELEMENTS);
        project.write(project.packageDirectory.resolve("Images/AppIcon.png"), new byte[] {1, 2, 3});
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
        return project;
    }

    private record Snapshot(byte[] bytes, FileTime modified) {
    }

    private static Map<Path, Snapshot> snapshot(Path root) throws IOException {
        Map<Path, Snapshot> files = new LinkedHashMap<>();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : all) {
            files.put(file, new Snapshot(Files.readAllBytes(file), Files.getLastModifiedTime(file)));
        }
        return files;
    }

    private static void assertUnchanged(Map<Path, Snapshot> before) throws IOException {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<Path, Snapshot> file : before.entrySet()) {
            if (!Arrays.equals(file.getValue().bytes(), Files.readAllBytes(file.getKey()))) {
                changed.add(file.getKey() + " (bytes)");
            } else if (!file.getValue().modified().equals(Files.getLastModifiedTime(file.getKey()))) {
                changed.add(file.getKey() + " (modification time)");
            }
        }
        assertEquals(List.of(), changed);
    }

    private static String text(Path file) {
        return new String(read(file), StandardCharsets.UTF_8);
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
