package dev.addinreg.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.FixedClock;
import dev.addinreg.addin.AddinFiles;
import dev.addinreg.apppackage.VisualStudioPackage;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;

/** Verifying the parts inside a built add-in package, read where they are. */
class AppPackageVerifyTest {
    private static final String CLIENT_ID = "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";
    private static final String CANARY = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";
    private static final String ELEMENTS = "elements9a8c7b6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.xml";
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
    Path webConfig;
    Path app;

    @BeforeEach
    void webConfig() throws IOException {
        webConfig = base.resolve("target/addin/web/Web.config");
        Files.createDirectories(webConfig.getParent());
        Files.writeString(webConfig, WEB_CONFIG);
        app = base.resolve("target/addin/package/Contoso.Orders.app");
    }

    /** The fixture's parts, edited as addin:inject would (or not, when {@code injected} is false). */
    private void writePackage(boolean injected) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String part : List.of("AppManifest.xml", ELEMENTS, "AppIcon.png", "[Content_Types].xml")) {
            byte[] bytes = Files.readAllBytes(VisualStudioPackage.contosoOrders().resolve(part));
            if (injected && part.endsWith(".xml")) {
                bytes = new String(bytes, StandardCharsets.UTF_8).replace("~remoteAppUrl", "https://addin.contoso.com")
                        .replace("ClientId=\"*\"", "ClientId=\"" + CLIENT_ID + "\"").getBytes(StandardCharsets.UTF_8);
            }
            entries.put(part, bytes);
        }
        VisualStudioPackage.writeEntries(app, entries);
    }

    private Verification verify() throws IOException {
        Registration registration = new Registration(Optional.of(ClientId.parse(CLIENT_ID)),
                Optional.of(AppDomain.parse("addin.contoso.com")), Optional.empty(), Optional.empty(),
                Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), LocalDate.of(2027, 6, 30), "test")),
                Optional.empty());
        AddinFiles files = new AddinFiles(base, webConfig, base.resolve("unused/AppManifest.xml"), base.resolve("unused"), app,
                base.resolve("target/addin"), true);
        return Verifier.verify(new VerifyRequest(files, registration, List.of(), null, 24, FixedClock.day()));
    }

    private static List<String> errors(Verification verification) {
        return verification.findings().errors().stream().map(Problem::message).toList();
    }

    @Test
    void anInjectedPackagePasses() throws IOException {
        writePackage(true);

        Verification verification = verify();

        assertEquals(List.of(), errors(verification));
        assertEquals(List.of("target/addin/package/Contoso.Orders.app!/AppManifest.xml", "target/addin/web/Web.config"),
                verification.files());
        assertEquals("3 files scanned", verification.checks().stream().filter(c -> c.id().equals("no-remote-app-url"))
                .findFirst().orElseThrow().note());
    }

    @Test
    void aPackageNotInjectedFailsNamingThePartsInside() throws IOException {
        writePackage(false);

        List<String> errors = errors(verify());

        String app = "target/addin/package/Contoso.Orders.app!/";
        assertTrue(errors.get(0).startsWith(app + "AppManifest.xml:16 RemoteWebApplication/@ClientId: the client ID is the"
                + " placeholder"), errors.get(0));
        assertEquals(List.of(
                app + "AppManifest.xml:11 StartPage: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected"
                        + " https://addin.contoso.com. Fix: run addin:inject before addin:verify, and ship its output",
                app + "AppManifest.xml:12 InstalledEventEndpoint: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl;"
                        + " expected https://addin.contoso.com. Fix: run addin:inject before addin:verify, and ship its output",
                app + ELEMENTS + ":8 Content/@Src: ~remoteAppUrl is left in a file that ships. Found ~remoteAppUrl; expected"
                        + " https://addin.contoso.com. Fix: run addin:inject before addin:verify, and ship its output"),
                errors.subList(1, errors.size()));
    }

    @Test
    void aFileThatIsNotAPackageFailsAsUnreadable() throws IOException {
        Files.createDirectories(app.getParent());
        Files.writeString(app, "not a zip");

        Verification verification = verify();

        assertEquals(List.of("target/addin/package/Contoso.Orders.app: this is not a zip file, as an add-in package (.app) is."
                + " Expected the add-in package (.app) that will ship. Fix: point appPackage at the .app file that Visual Studio or"
                + " msbuild built; a damaged package must be built again"), errors(verification));
        assertFalse(verification.checks().stream().anyMatch(c -> c.id().equals("no-remote-app-url")));
    }
}
