package dev.addinreg.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.FixedClock;
import dev.addinreg.addin.AddinFiles;
import dev.addinreg.addin.Hosting;
import dev.addinreg.apppackage.VisualStudioPackage;
import dev.addinreg.registration.AddinVersion;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;

/**
 * The manifest's {@code Version} and {@code ProductID}, as {@link Verifier} checks them in the files that ship: the
 * schema's pattern, the configured version, a braced GUID. Each failure is the exact line a user reads.
 */
class ManifestIdentityTest {
    private static final String CLIENT_ID = "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";
    private static final String CANARY = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";
    private static final String PRODUCT_ID = "4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11";
    private static final String FILE = "src/main/sharepoint/AppManifest.xml";
    private static final String SCHEMA = "four parts of one to four digits such as 1.4.2.0, as the VersionDefinition of"
            + " appmanifest.xsd requires";
    private static final String BRACED = "a GUID in braces, as Visual Studio writes it, such as {f28fb857-7d6e-4b77-b54d-c901ede28753}";

    /** A provider-hosted manifest after addin:inject, as Visual Studio lays it out: one attribute a line. */
    private static final String MANIFEST = """
            <?xml version="1.0" encoding="utf-8" ?>
            <App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest"
                 Name="ContosoOrders"
                 ProductID="{4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11}"
                 Version="1.4.2.57"
                 SharePointMinVersion="16.0.0.0"
            >
              <Properties>
                <Title>Contoso Orders</Title>
                <StartPage>https://addin.contoso.com/Pages/Default.aspx?{StandardTokens}</StartPage>
              </Properties>
              <AppPrincipal>
                <RemoteWebApplication ClientId="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
              </AppPrincipal>
            </App>
            """;
    private static final String WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                <add key="ClientSecret" value="Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=" />
              </appSettings>
            </configuration>
            """;

    @TempDir
    Path base;
    private Path manifest;
    private Path webConfig;
    private Optional<AddinVersion> configured = Optional.of(AddinVersion.parse("1.4.2.57"));

    @BeforeEach
    void consistentProject() throws IOException {
        manifest = base.resolve(FILE);
        webConfig = base.resolve("src/main/webapp/Web.config");
        write(manifest, MANIFEST);
        write(webConfig, WEB_CONFIG);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Verification verify(Path appPackage) throws IOException {
        Registration registration = new Registration(Optional.of(ClientId.parse(CLIENT_ID)),
                Optional.of(AppDomain.parse("addin.contoso.com")), Optional.empty(), Optional.empty(),
                Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), LocalDate.of(2027, 6, 30), "test")),
                Optional.empty(), configured);
        AddinFiles files = new AddinFiles(base, webConfig, manifest, manifest.getParent(), appPackage, base.resolve("target/addin"),
                true);
        return Verifier.verify(new VerifyRequest(files, registration, List.of(), null, 24, FixedClock.day()));
    }

    private Verification verify() throws IOException {
        return verify(null);
    }

    private static CheckResult identity(Verification verification) {
        return verification.checks().stream().filter(c -> c.id().equals("manifest-version")).findFirst().orElseThrow();
    }

    private static List<String> messages(CheckResult check) {
        return check.problems().stream().map(Problem::message).toList();
    }

    @Test
    void theConfiguredVersionInTheManifestPasses() throws IOException {
        // when
        Verification verification = verify();

        // then
        CheckResult check = identity(verification);
        assertEquals(Outcome.PASSED, check.outcome());
        assertEquals("manifest Version and ProductID valid", check.title());
        assertEquals("configured version 1.4.2.57", check.note());
        assertEquals("1.4.2.57", verification.version());
        assertEquals("manifest-version", verification.checks().get(verification.checks().size() - 1).id(), "the last check");
    }

    @Test
    void withoutAConfiguredVersionOnlyTheSchemaCounts() throws IOException {
        // given
        configured = Optional.empty();

        // when
        CheckResult check = identity(verify());

        // then
        assertEquals(Outcome.PASSED, check.outcome());
        assertEquals("no addinVersion configured: the schema's pattern only", check.note());
    }

    @Test
    void aVersionThatDiffersFromTheConfiguredOneFails() throws IOException {
        // given
        write(manifest, MANIFEST.replace("Version=\"1.4.2.57\"", "Version=\"1.0.0.0\""));

        // when
        CheckResult check = identity(verify());

        // then
        assertEquals(Outcome.FAILED, check.outcome());
        assertEquals(List.of(FILE + ":5 App/@Version: the manifest's Version differs from the configured one. Found \"1.0.0.0\";"
                + " expected \"1.4.2.57\", the configured addinVersion (and buildNumber). Fix: run addin:inject with this"
                + " addinVersion, and ship its output"), messages(check));
    }

    @Test
    void aVersionThatBreaksTheSchemaFailsConfiguredOrNot() throws IOException {
        // given: a CI run number of five digits, stamped by some other tool
        write(manifest, MANIFEST.replace("Version=\"1.4.2.57\"", "Version=\"1.4.2.10234\""));
        configured = Optional.empty();

        // when
        CheckResult check = identity(verify());

        // then
        assertEquals(List.of(FILE + ":5 App/@Version: the manifest's Version does not match the schema. Found \"1.4.2.10234\";"
                + " expected " + SCHEMA + ". Fix: set addinVersion (and buildNumber) and run addin:inject, or correct the Version"
                + " in AppManifest.xml; SharePoint refuses the package at upload otherwise"), messages(check));
        assertEquals("1.4.2.10234", verify().version(), "the report shows what ships");
    }

    @Test
    void aMissingVersionFailsAtTheRoot() throws IOException {
        // given
        write(manifest, MANIFEST.replace("     Version=\"1.4.2.57\"\n", ""));

        // when
        Verification verification = verify();

        // then
        assertEquals(List.of(FILE + ":2 App/@Version: the manifest's Version does not match the schema. Found no Version;"
                + " expected " + SCHEMA + ". Fix: run addin:inject with this addinVersion, and ship its output; SharePoint refuses"
                + " the package at upload otherwise"), messages(identity(verification)));
        assertNull(verification.version());
    }

    @Test
    void aProductIdWithoutBracesFailsShowingTheBracedOne() throws IOException {
        // given
        write(manifest, MANIFEST.replace("{" + PRODUCT_ID + "}", PRODUCT_ID));

        // when
        CheckResult check = identity(verify());

        // then
        assertEquals(List.of(FILE + ":4 App/@ProductID: the manifest's ProductID is not a braced GUID. Found \"" + PRODUCT_ID
                + "\"; expected " + BRACED + ". Fix: use \"{" + PRODUCT_ID + "}\""), messages(check));
    }

    @Test
    void aProductIdThatIsNoGuidFails() throws IOException {
        // given
        write(manifest, MANIFEST.replace("{" + PRODUCT_ID + "}", "{ContosoOrders}"));

        // when
        CheckResult check = identity(verify());

        // then
        assertEquals(List.of(FILE + ":4 App/@ProductID: the manifest's ProductID is not a braced GUID. Found \"{ContosoOrders}\";"
                + " expected " + BRACED + ". Fix: restore the ProductID Visual Studio generated for this add-in: SharePoint knows"
                + " an add-in, and offers its upgrades, by its ProductID, so it must stay the same from version to version"),
                messages(check));
    }

    @Test
    void aMissingProductIdAndABadVersionAreBothReported() throws IOException {
        // given
        write(manifest, MANIFEST.replace("     ProductID=\"{" + PRODUCT_ID + "}\"\n", "").replace("1.4.2.57", "1.4"));

        // when
        CheckResult check = identity(verify());

        // then
        assertEquals(List.of(FILE + ":4 App/@Version: the manifest's Version does not match the schema.",
                FILE + ":2 App/@ProductID: the manifest's ProductID is not a braced GUID."),
                check.problems().stream().map(p -> p.where() + ": " + p.what() + ".").toList());
        assertEquals("no ProductID", check.problems().get(1).found());
    }

    @Test
    void aSharePointHostedManifestIsCheckedToo() throws IOException {
        // given: no web application, and a version other than the configured one
        write(manifest, MANIFEST.replace("<RemoteWebApplication ClientId=\"" + CLIENT_ID + "\" />", "<Internal />")
                .replace("1.4.2.57", "1.0.0.0"));
        Files.delete(webConfig);

        // when
        Verification verification = verify();

        // then
        assertEquals(Hosting.SHAREPOINT_HOSTED, verification.hosting());
        assertEquals(List.of("configured-values", "files-readable", "manifest-version", "registration"),
                verification.checks().stream().map(CheckResult::id).toList());
        assertEquals(Outcome.FAILED, identity(verification).outcome());
        assertEquals("the manifest's Version differs from the configured one", identity(verification).problems().get(0).what());
    }

    @Test
    void theManifestInsideABuiltPackageIsNamedInside() throws IOException {
        // given: the package as built, version 1.0.0.0
        Path app = base.resolve("build/Contoso.Orders.app");
        byte[] built = Files.readAllBytes(VisualStudioPackage.contosoOrders().resolve("AppManifest.xml"));
        String injected = new String(built, StandardCharsets.UTF_8).replace("~remoteAppUrl", "https://addin.contoso.com")
                .replace("ClientId=\"*\"", "ClientId=\"" + CLIENT_ID + "\"");
        VisualStudioPackage.writeEntries(app, Map.of("AppManifest.xml", injected.getBytes(StandardCharsets.UTF_8)));

        // when
        CheckResult check = identity(verify(app));

        // then
        assertEquals(List.of("build/Contoso.Orders.app!/AppManifest.xml:6 App/@Version: the manifest's Version differs from the"
                + " configured one."), check.problems().stream().map(p -> p.where() + ": " + p.what() + ".").toList());
    }
}
