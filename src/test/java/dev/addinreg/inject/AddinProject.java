package dev.addinreg.inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.addinreg.addin.AddinFiles;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.FileLocks;
import dev.addinreg.registration.AddinVersion;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;

/**
 * An add-in laid out in a temporary folder where the plugin's defaults look ({@code src/main/webapp/Web.config},
 * {@code src/main/sharepoint/AppManifest.xml}), and the request that injects the test registration into it.
 */
final class AddinProject {
    static final String CLIENT_ID = "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";
    static final String DOMAIN = "addin.contoso.com";
    static final String ORIGIN = "https://addin.contoso.com";
    /** The canary: base64 of "CANARY-addinreg-canary-secret-01". */
    static final String SECRET = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";
    /** base64 of "ROTATE-addinreg-second-secret-02". */
    static final String SECONDARY_SECRET = "Uk9UQVRFLWFkZGlucmVnLXNlY29uZC1zZWNyZXQtMDI=";

    /** A provider-hosted manifest as Visual Studio writes it, with LF line endings and no byte-order mark. */
    static final String MANIFEST = """
            <?xml version="1.0" encoding="utf-8" ?>
            <!--Created:cb85b80c-f585-40ff-8bfc-12ff4d0e34a9-->
            <App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest"
                 Name="ContosoOrders"
                 ProductID="{5d7a4c36-64b8-4c22-9a4f-1f0b7f5d3e21}"
                 Version="1.0.0.0"
                 SharePointMinVersion="15.0.0.0"
            >
              <Properties>
                <Title>Contoso Orders</Title>
                <StartPage>https://orders.contoso.com/Pages/Default.aspx?{StandardTokens}</StartPage>
              </Properties>

              <AppPrincipal>
                <RemoteWebApplication ClientId="*" />
              </AppPrincipal>
            </App>
            """;

    /** A SharePoint-hosted manifest: nothing to inject. */
    static final String SHAREPOINT_HOSTED_MANIFEST = """
            <?xml version="1.0" encoding="utf-8" ?>
            <App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest"
                 Name="ContosoCalendar"
                 ProductID="{0c1b2a39-4d5e-4f60-8a7b-9c8d7e6f5a4b}"
                 Version="1.0.0.0"
                 SharePointMinVersion="15.0.0.0"
            >
              <Properties>
                <Title>Contoso Calendar</Title>
                <StartPage>~appWebUrl/Pages/Default.aspx?{StandardTokens}</StartPage>
              </Properties>

              <AppPrincipal>
                <Internal />
              </AppPrincipal>
            </App>
            """;

    /** A web.config with both keys, LF line endings and no byte-order mark. */
    static final String WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="ClientId" value="*" />
                <add key="ClientSecret" value="" />
              </appSettings>
            </configuration>
            """;

    final Path baseDir;
    final Path webConfig;
    final Path appManifest;
    final Path packageDirectory;
    final Path outputDirectory;

    AddinProject(Path baseDir) {
        this.baseDir = baseDir;
        this.webConfig = baseDir.resolve("src/main/webapp/Web.config");
        this.packageDirectory = baseDir.resolve("src/main/sharepoint");
        this.appManifest = packageDirectory.resolve("AppManifest.xml");
        this.outputDirectory = baseDir.resolve("target/addin");
    }

    /** A project with the default manifest and web.config. */
    static AddinProject standard(Path baseDir) {
        AddinProject project = new AddinProject(baseDir);
        project.write(project.appManifest, MANIFEST);
        project.write(project.webConfig, WEB_CONFIG);
        return project;
    }

    /** Client ID, add-in domain and primary secret: what a provider-hosted add-in needs. */
    static Registration registration() {
        return registration(DOMAIN);
    }

    static Registration registration(String domain) {
        return new Registration(Optional.of(ClientId.parse(CLIENT_ID)), Optional.ofNullable(domain).map(AppDomain::parse),
                Optional.empty(), Optional.empty(), Optional.of(secret(SecretRole.PRIMARY, SECRET)), Optional.empty());
    }

    /** The test registration with an add-in version to set. */
    static Registration registrationWithVersion(AddinVersion version) {
        Registration registration = registration();
        return new Registration(registration.clientId(), registration.appDomain(), registration.redirectUri(), registration.title(),
                registration.primary(), registration.secondary(), Optional.of(version));
    }

    static ConfiguredSecret secret(SecretRole role, String value) {
        return new ConfiguredSecret(role, ClientSecret.parse(value), null, "test");
    }

    Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file of {@code src/test/resources} to {@code file}, byte for byte. */
    Path copyResource(String resource, Path file) {
        return write(file, resource(resource));
    }

    static byte[] resource(String resource) {
        URL url = AddinProject.class.getResource("/" + resource);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        try {
            return Files.readAllBytes(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the default mode writes the processed copy of a web application file. */
    Path webOutput(String name) {
        return outputDirectory.resolve("web").resolve(name);
    }

    /** Where the default mode writes the processed copy of a package file. */
    Path packageOutput(String relative) {
        return outputDirectory.resolve("package").resolve(relative);
    }

    InjectRequest request() {
        return request(false, registration());
    }

    InjectRequest request(boolean inPlace, Registration registration) {
        return new InjectRequest(files(inPlace, null), registration);
    }

    /** The project's files as configured; {@code appPackage} a built package, or {@code null}. */
    AddinFiles files(boolean inPlace, Path appPackage) {
        return new AddinFiles(baseDir, webConfig, appManifest, packageDirectory, appPackage, outputDirectory, inPlace);
    }

    InjectOutcome inject() throws IOException {
        return inject(request());
    }

    static InjectOutcome inject(InjectRequest request) throws IOException {
        return Injector.inject(request, new AtomicWriter(new FileLocks()));
    }

    /** The messages of the outcome's errors, as a user reads them. */
    static List<String> errors(InjectOutcome outcome) {
        return outcome.findings().errors().stream().map(Problem::message).toList();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
