package dev.addinreg.maven;

import static dev.addinreg.registration.TestSecrets.CANARY;
import static dev.addinreg.registration.TestSecrets.ROTATED;
import static dev.addinreg.registration.TestSecrets.assertNoPartOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

import dev.addinreg.FixedClock;
import dev.addinreg.addin.AddinFiles;
import dev.addinreg.files.AtomicWriter;
import dev.addinreg.files.FileLocks;
import dev.addinreg.inject.InjectOutcome;
import dev.addinreg.inject.InjectRequest;
import dev.addinreg.inject.Injector;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.InvalidValueException;
import dev.addinreg.registration.RegistrationCheck;
import dev.addinreg.registration.RegistrationInput;
import dev.addinreg.registration.Secret;
import dev.addinreg.registration.SecretSetting;
import dev.addinreg.registration.Setting;
import dev.addinreg.verify.RegistrationReport;
import dev.addinreg.verify.Verification;
import dev.addinreg.verify.Verifier;
import dev.addinreg.verify.VerifyRequest;

/**
 * A secret on its whole way, from where it is read to the report: every object that holds or carries it is
 * formatted ({@code toString}, as a log line or a failed assertion would), every exception on the way is printed
 * whole, and the canary is in none of them.
 */
class SecretsOnTheirWayTest {
    private static final String CLIENT_ID = "6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba";
    private static final String MANIFEST = """
            <?xml version="1.0" encoding="utf-8"?>
            <App xmlns="http://schemas.microsoft.com/sharepoint/2012/app/manifest" Name="Orders" ProductID="{4a07f1b4-3c4e-4f6a-9d1e-7b2f0c9e5a11}" Version="1.0.0.0">
              <Properties><Title>Orders</Title><StartPage>~remoteAppUrl/Pages/Default.aspx</StartPage></Properties>
              <AppPrincipal><RemoteWebApplication ClientId="*" /></AppPrincipal>
            </App>
            """;
    private static final String WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="ClientId" value="" />
                <add key="ClientSecret" value="" />
              </appSettings>
            </configuration>
            """;

    @TempDir
    Path dir;

    /** Every text shown on the way, each with what it is. */
    private final List<String> shown = new ArrayList<>();

    private void show(String what, Object value) {
        shown.add(what + ": " + value);
    }

    private void show(String what, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        shown.add(what + ": " + e + "\n" + trace);
    }

    @Test
    void noObjectOrExceptionOnTheSecretsWayShowsIt() throws Exception {
        // given the canary in settings.xml (the primary) and in the environment (the secondary)
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("orders");
        server.setUsername(CLIENT_ID);
        server.setPassword(CANARY);
        settings.addServer(server);
        SecretSources sources = new SecretSources(settings, new DefaultSettingsDecrypter(
                new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), dir.resolve("none.xml").toString())),
                Map.of("ADDIN_SECONDARY_CLIENT_SECRET", ROTATED)::get, new Properties());
        Findings sourceProblems = new Findings();
        SecretSources.ServerCredentials credentials = sources.server("orders", "<serverId>", "client secret", "client ID", sourceProblems);
        List<SecretSetting> primary = sources.secret(credentials, "ADDIN_CLIENT_SECRET", PropertyNames.CLIENT_SECRET);
        SecretSources.ServerCredentials noServer = sources.server(null, "<secondaryServerId>", "secondary client secret", null, sourceProblems);
        List<SecretSetting> secondary = sources.secret(noServer, "ADDIN_SECONDARY_CLIENT_SECRET",
                PropertyNames.SECONDARY_CLIENT_SECRET);
        show("server credentials", credentials);
        show("primary sources", primary);
        show("secondary sources", secondary);

        // when it goes through the check, inject, verify and the report
        RegistrationInput input = new RegistrationInput(List.of(new Setting("<clientId>", CLIENT_ID)),
                new Setting("<appDomain>", "addin.contoso.com"), Setting.absent("<redirectUri>"), Setting.absent("<title>"),
                primary, new Setting("<clientSecretExpires>", "2027-06-30"), secondary,
                new Setting("<secondaryClientSecretExpires>", "2026-06-10"), 30, FixedClock.day());
        show("input", input);
        RegistrationCheck.Result checked = RegistrationCheck.check(input);
        show("check", checked);
        show("registration", checked.registration());
        checked.registration().primary().ifPresent(secret -> show("primary", secret));
        checked.registration().secondary().ifPresent(secret -> show("secondary", secret));
        checked.findings().all().forEach(problem -> show("problem", problem));

        Path manifest = write("src/main/sharepoint/AppManifest.xml", MANIFEST);
        Path webConfig = write("src/main/webapp/Web.config", WEB_CONFIG);
        AddinFiles files = new AddinFiles(dir, webConfig, manifest, manifest.getParent(), null, dir.resolve("target/addin"), false);
        InjectRequest injectRequest = new InjectRequest(files, checked.registration());
        show("inject request", injectRequest);
        InjectOutcome injected = Injector.inject(injectRequest, new AtomicWriter(new FileLocks()));
        show("inject outcome", injected);
        assertTrue(Files.readString(dir.resolve("target/addin/web/Web.config")).contains(CANARY), "the secret was written");

        VerifyRequest verifyRequest = new VerifyRequest(files, checked.registration(), checked.findings().all(), 400, 24,
                FixedClock.day());
        show("verify request", verifyRequest);
        Verification verification = Verifier.verify(verifyRequest);
        show("verification", verification);
        show("report", RegistrationReport.json("default", checked.registration(), verification, verification.today(), 30, false));

        // and every exception on the way: a secret that is not base64, a web.config that cannot be written
        show("not base64", assertThrows(InvalidValueException.class, () -> ClientSecret.parse(CANARY + "!")));
        show("whitespace", assertThrows(InvalidValueException.class, () -> ClientSecret.parse(" " + CANARY)));
        Files.writeString(dir.resolve("blocker"), "a file where the output folder should be");
        AddinFiles blocked = new AddinFiles(dir, webConfig, manifest, manifest.getParent(), null, dir.resolve("blocker/addin"), false);
        show("unwritable", assertThrows(IOException.class,
                () -> Injector.inject(new InjectRequest(blocked, checked.registration()), new AtomicWriter(new FileLocks()))));

        // and what a failed assertion prints about them
        show("secrets differ", assertThrows(AssertionFailedError.class, () -> assertEquals(Secret.of(CANARY), Secret.of(ROTATED))));
        show("client secrets differ", assertThrows(AssertionFailedError.class,
                () -> assertEquals(ClientSecret.parse(CANARY), ClientSecret.parse(ROTATED))));
        show("settings differ", assertThrows(AssertionFailedError.class, () -> assertEquals(primary, secondary)));
        show("registrations differ", assertThrows(AssertionFailedError.class,
                () -> assertEquals(checked.registration(), RegistrationCheck.check(new RegistrationInput(List.of(),
                        Setting.absent("a"), Setting.absent("r"), Setting.absent("t"), secondary, Setting.absent("e"), primary,
                        Setting.absent("s"), 30, FixedClock.day())).registration())));

        // then
        assertTrue(shown.size() > 20, "texts looked at: " + shown.size());
        for (String text : shown) {
            assertNoPartOf(CANARY, text);
            assertNoPartOf(ROTATED, text);
        }
        assertTrue(shown.stream().anyMatch(text -> text.contains(Secret.fingerprintOf(CANARY))), "the fingerprint is shown instead");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, Objects.requireNonNull(text).getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
