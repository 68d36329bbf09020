package dev.addinreg.inject;

import static dev.addinreg.certificates.TestCertificates.CANARY_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.addinreg.addin.AddinFiles;
import dev.addinreg.certificates.TestCertificates;
import dev.addinreg.certificates.TestCertificates.CertificateFiles;
import dev.addinreg.dotnet.DotNetAppSettings;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.HighTrust;
import dev.addinreg.registration.IssuerId;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.Secret;
import dev.addinreg.registration.SecretSetting;
import dev.addinreg.registration.SigningCertificate;
import dev.addinreg.registration.TestSecrets;

/**
 * A high-trust add-in's web.config gets {@code ClientId}, {@code IssuerId}, and the certificate's serial number or its
 * path and password, each spliced byte for byte where .NET reads it, a new key written as its neighbours are; never a
 * {@code ClientSecret}. .NET reads the values back, and finds the certificate by the serial written.
 */
class HighTrustInjectTest {
    private static final String ISSUER = "11111111-2222-4333-8444-555555555555";
    private static final String SERVER_PATH = "C:\\Certs\\addin.contoso.com.pfx";
    /** The corpus's high-trust add-in: a web.config as Visual Studio writes it for development (path and password). */
    private static final String CORPUS_PROJECT = "Provisioning.Services.SiteManager";

    @TempDir
    static Path certificates;
    private static CertificateFiles files;
    private static SigningCertificate certificate;

    @TempDir
    Path dir;

    @BeforeAll
    static void certificate() throws Exception {
        files = TestCertificates.write(certificates, "addin", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2036-01-01T00:00:00Z"));
        certificate = SigningCertificate.read(files.pfx(), "certs/addin.pfx", Secret.of(CANARY_PASSWORD));
    }

    private static Registration registration(Optional<String> certificatePath) {
        return new Registration(Optional.of(ClientId.parse(AddinProject.CLIENT_ID)), Optional.of(AppDomain.parse(AddinProject.DOMAIN)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new HighTrust(IssuerId.parse(ISSUER), Optional.of(certificate), certificatePath,
                        Optional.of(new SecretSetting("environment variable ADDIN_SIGNING_CERTIFICATE_PASSWORD",
                                Secret.of(CANARY_PASSWORD))))));
    }

    @Test
    void serialModeSetsIssuerIdAndAddsTheSerialNumberAsItsNeighboursAreWritten() throws IOException {
        AddinProject project = AddinProject.standard(dir);
        project.write(project.webConfig, AddinProject.WEB_CONFIG);

        InjectOutcome outcome = AddinProject.inject(new InjectRequest(project.files(false, null), registration(Optional.empty())));

        assertEquals(List.of(), AddinProject.errors(outcome));
        assertEquals("""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <appSettings>
                    <add key="ClientId" value="6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba" />
                    <add key="ClientSecret" value="" />
                    <add key="IssuerId" value="11111111-2222-4333-8444-555555555555" />
                    <add key="ClientSigningCertificateSerialNumber" value="6B1F3C0A2E9D4F5B" />
                  </appSettings>
                </configuration>
                """, Files.readString(project.webOutput("Web.config")));
        readByDotNet(project.webOutput("Web.config"), Map.of("ClientId", AddinProject.CLIENT_ID, "IssuerId", ISSUER,
                "ClientSigningCertificateSerialNumber", "6B1F3C0A2E9D4F5B"));
        if (DotNetAppSettings.available()) {
            assertEquals(1, DotNetAppSettings.findBySerialNumber(files.derCer(), "6B1F3C0A2E9D4F5B"),
                    "TokenHelper finds the certificate by the serial written");
        }
    }

    @Test
    void theCorpusHighTrustAddinGetsItsValuesWhereVisualStudioPutThem() throws IOException {
        Path source = corpusWebConfig();
        byte[] original = Files.readAllBytes(source);
        String text = new String(original, StandardCharsets.UTF_8);

        // development: path and password replaced in place, nothing added
        Path development = injectCorpus(Optional.of(SERVER_PATH));
        assertEquals(text.replace("74986bbe-8305-42d9-880b-27abf9f8509c", AddinProject.CLIENT_ID)
                        .replace("11111111-1111-1111-1111-111111111111", ISSUER)
                        .replace("value=\"password\"", "value=\"" + CANARY_PASSWORD + "\"")
                        .replace("C:\\Certs\\appserver.contoso.com.pfx", SERVER_PATH),
                new String(Files.readAllBytes(development), StandardCharsets.UTF_8));
        readByDotNet(development, Map.of("ClientId", AddinProject.CLIENT_ID, "IssuerId", ISSUER,
                "ClientSigningCertificatePath", SERVER_PATH, "ClientSigningCertificatePassword", DotNetAppSettings.secret(CANARY_PASSWORD)));

        // production: the serial number added after the last entry, with its indentation and line ending
        Path production = injectCorpus(Optional.empty());
        String lineEnding = text.contains("\r\n") ? "\r\n" : "\n";
        assertEquals(text.replace("74986bbe-8305-42d9-880b-27abf9f8509c", AddinProject.CLIENT_ID)
                        .replace("11111111-1111-1111-1111-111111111111", ISSUER)
                        .replace("<add key=\"Service_Domain\" value=\"contoso\" />", "<add key=\"Service_Domain\" value=\"contoso\" />"
                                + lineEnding + "    <add key=\"ClientSigningCertificateSerialNumber\" value=\"6B1F3C0A2E9D4F5B\" />"),
                new String(Files.readAllBytes(production), StandardCharsets.UTF_8));
        readByDotNet(production, Map.of("ClientId", AddinProject.CLIENT_ID, "IssuerId", ISSUER,
                "ClientSigningCertificateSerialNumber", "6B1F3C0A2E9D4F5B", "ClientSigningCertificatePath",
                "C:\\Certs\\appserver.contoso.com.pfx", "ClientSigningCertificatePassword", DotNetAppSettings.secret("password")));
        assertArrayEquals(original, AddinProject.read(source), "the corpus file is untouched");
    }

    @Test
    void noMessageOrChangeNamesThePassword() throws IOException {
        AddinProject project = AddinProject.standard(dir);

        InjectOutcome outcome = AddinProject.inject(new InjectRequest(project.files(false, null), registration(Optional.of(SERVER_PATH))));

        assertEquals(List.of(), AddinProject.errors(outcome));
        String shown = outcome.toString() + outcome.edited() + outcome.findings().all();
        TestSecrets.assertNoPartOf(CANARY_PASSWORD, shown);
        assertFalse(Files.readString(project.webOutput("Web.config")).contains("ClientSecret\" value=\"Q0"), "no client secret written");
    }

    private Path injectCorpus(Optional<String> certificatePath) throws IOException {
        Path corpus = corpusWebConfig().getParent().getParent();
        Path output = dir.resolve("output-" + certificatePath.isPresent());
        AddinFiles addin = new AddinFiles(corpus, corpus.resolve(CORPUS_PROJECT + ".AppWeb/Web.config"),
                corpus.resolve(CORPUS_PROJECT + ".App/AppManifest.xml"), corpus.resolve(CORPUS_PROJECT + ".App"), null, output, false);
        InjectOutcome outcome = AddinProject.inject(new InjectRequest(addin, registration(certificatePath)));
        assertEquals(List.of(), AddinProject.errors(outcome));
        return output.resolve("web/Web.config");
    }

    private static Path corpusWebConfig() {
        Path project = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../shared/corpus")
                .resolve(CORPUS_PROJECT).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(project), "the corpus is not at " + project);
        return project.resolve(CORPUS_PROJECT + ".AppWeb/Web.config");
    }

    private static void readByDotNet(Path webConfig, Map<String, String> expected) {
        DotNetAppSettings.requireMono();
        assertEquals(expected, DotNetAppSettings.read(webConfig, List.copyOf(expected.keySet())), "what .NET reads");
    }
}
