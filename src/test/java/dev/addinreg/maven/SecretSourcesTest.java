package dev.addinreg.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.UnaryOperator;

import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

import dev.addinreg.maven.SecretSources.ServerCredentials;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Secret;
import dev.addinreg.registration.SecretSetting;
import dev.addinreg.registration.Setting;

/**
 * Secrets come from a settings.xml server, an environment variable or a user property. Server passwords go
 * through Maven's real {@link DefaultSettingsDecrypter}, with a settings-security.xml fixture for the master password.
 */
class SecretSourcesTest {
    private static final String CLIENT_ID = "b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f";
    /** base64 of "SERVER-addinreg-test-secret-0003". */
    private static final String SERVER_SECRET = "U0VSVkVSLWFkZGlucmVnLXRlc3Qtc2VjcmV0LTAwMDM=";
    /** {@link #SERVER_SECRET} encrypted with the master password of secret-sources/settings-security.xml. */
    private static final String ENCRYPTED_SERVER_SECRET =
            "{W4F87ccxjPIH8DJw7uiWlmCkRo66S98tYkdqZmPbkwSXos6CzDZiAyembMrtZmLi3pstc8VteI5a5w260FyW4A==}";
    /** base64 of "OTHER-addinreg-test-secret-00002". */
    private static final String OTHER_SECRET = "T1RIRVItYWRkaW5yZWctdGVzdC1zZWNyZXQtMDAwMDI=";
    private static final String SERVER_ID_ORIGIN = "<serverId> (-Daddin.serverId)";

    private final Settings settings = new Settings();
    private final Properties userProperties = new Properties();
    private final Findings findings = new Findings();

    private static SettingsDecrypter decrypter(Path settingsSecurity) {
        return new DefaultSettingsDecrypter(
                new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), settingsSecurity.toString()));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SecretSourcesTest.class.getResource(name), name).toURI());
    }

    private SecretSources sources(SettingsDecrypter decrypter, UnaryOperator<String> environment) {
        return new SecretSources(settings, decrypter, environment, userProperties);
    }

    private SecretSources sources() throws URISyntaxException {
        return sources(decrypter(resource("/secret-sources/settings-security.xml")), name -> null);
    }

    private void addServer(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        settings.addServer(server);
    }

    private List<String> messages() {
        return findings.all().stream().map(Problem::toString).toList();
    }

    @Test
    void serverWithPlainPasswordGivesItsUsernameAndPassword() throws Exception {
        addServer("addin-ci", CLIENT_ID, SERVER_SECRET);

        ServerCredentials credentials = sources().server("addin-ci", SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        assertEquals(new Setting("settings.xml server \"addin-ci\" username", CLIENT_ID), credentials.username());
        assertEquals(new SecretSetting("settings.xml server \"addin-ci\" password", Secret.of(SERVER_SECRET)), credentials.password());
        assertEquals(List.of(), messages());
    }

    @Test
    void serverWithEncryptedPasswordGivesItDecrypted() throws Exception {
        addServer("addin-ci", CLIENT_ID, ENCRYPTED_SERVER_SECRET);

        ServerCredentials credentials = sources().server("addin-ci", SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        assertEquals(new SecretSetting("settings.xml server \"addin-ci\" password", Secret.of(SERVER_SECRET)), credentials.password());
        assertEquals(new Setting("settings.xml server \"addin-ci\" username", CLIENT_ID), credentials.username());
        assertEquals(List.of(), messages());
    }

    @Test
    void serverWithoutUsernameGivesNoClientId() throws Exception {
        addServer("addin-ci", null, SERVER_SECRET);

        ServerCredentials credentials = sources().server("addin-ci", SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        assertEquals(Setting.absent("settings.xml server \"addin-ci\" username"), credentials.username());
        assertEquals(new SecretSetting("settings.xml server \"addin-ci\" password", Secret.of(SERVER_SECRET)), credentials.password());
        assertEquals(List.of(), messages());
    }

    @Test
    void missingServerIsAProblemNamingTheServerIdAndTheFix() throws Exception {
        addServer("other-server", CLIENT_ID, SERVER_SECRET);

        ServerCredentials credentials = sources().server("addin-ci", SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        assertEquals(List.of("ERROR <serverId> (-Daddin.serverId): there is no server \"addin-ci\" in settings.xml."
                + " Found serverId \"addin-ci\"; expected the id of a <server> in ~/.m2/settings.xml or the file given"
                + " with -s. Fix: add <server><id>addin-ci</id><username>client ID</username><password>client secret"
                + "</password></server> to settings.xml (encrypt the password with mvn --encrypt-password), or correct"
                + " serverId"), messages());
        assertFalse(credentials.username().isPresent());
        assertFalse(credentials.password().isPresent());
    }

    @Test
    void noSettingsAtAllIsTheSameProblem() throws Exception {
        SecretSources sources = new SecretSources(null, decrypter(resource("/secret-sources/settings-security.xml")),
                name -> null, userProperties);

        ServerCredentials credentials = sources.server("addin-ci", SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        assertEquals(1, findings.all().size());
        assertTrue(findings.all().get(0).message()
                .startsWith("<serverId> (-Daddin.serverId): there is no server \"addin-ci\" in settings.xml."));
        assertFalse(credentials.password().isPresent());
    }

    @Test
    void serverWithoutPasswordIsAProblem() throws Exception {
        addServer("addin-ci", CLIENT_ID, null);

        ServerCredentials credentials = sources().server("addin-ci", SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        assertEquals(List.of("ERROR settings.xml server \"addin-ci\": the server has no password. Expected the client"
                + " secret as the server's <password>. Fix: add <password> to the server, encrypted with"
                + " mvn --encrypt-password"), messages());
        assertEquals(new Setting("settings.xml server \"addin-ci\" username", CLIENT_ID), credentials.username());
        assertFalse(credentials.password().isPresent());
    }

    @Test
    void serverWithEmptyPasswordIsAProblemToo() throws Exception {
        addServer("addin-ci", CLIENT_ID, "");

        ServerCredentials credentials = sources().server("addin-ci", SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        assertEquals(List.of("ERROR settings.xml server \"addin-ci\": the server has no password. Expected the client"
                + " secret as the server's <password>. Fix: add <password> to the server, encrypted with"
                + " mvn --encrypt-password"), messages());
        assertFalse(credentials.password().isPresent());
    }

    @Test
    void encryptedPasswordWithoutAMasterPasswordIsAProblemThatShowsNoPassword() throws Exception {
        addServer("addin-ci", CLIENT_ID, ENCRYPTED_SERVER_SECRET);
        SecretSources sources = sources(decrypter(resource("/secret-sources").resolve("no-such-settings-security.xml")),
                name -> null);

        ServerCredentials credentials = sources.server("addin-ci", SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        assertEquals(List.of("ERROR settings.xml server \"addin-ci\": its password cannot be decrypted. Expected a"
                + " password encrypted with this machine's master password (settings-security.xml). Fix: check"
                + " ~/.m2/settings-security.xml, or encrypt the password again with mvn --encrypt-password"), messages());
        assertFalse(credentials.username().isPresent());
        assertFalse(credentials.password().isPresent());
    }

    @Test
    void noServerIdReadsNoServerAndReportsNothing() throws Exception {
        addServer("addin-ci", CLIENT_ID, SERVER_SECRET);

        ServerCredentials unset = sources().server(null, SERVER_ID_ORIGIN, "client secret", "client ID", findings);
        ServerCredentials empty = sources().server("", SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        assertFalse(unset.username().isPresent());
        assertFalse(unset.password().isPresent());
        assertFalse(empty.username().isPresent());
        assertFalse(empty.password().isPresent());
        assertEquals(List.of(), messages());
    }

    @Test
    void secretIsReadFromTheNamedEnvironmentVariable() throws Exception {
        addServer("addin-ci", CLIENT_ID, SERVER_SECRET);
        SecretSources sources = sources(decrypter(resource("/secret-sources/settings-security.xml")),
                name -> Map.of("CONTOSO_ADDIN_SECRET", OTHER_SECRET).get(name));
        ServerCredentials server = sources.server("addin-ci", SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        List<SecretSetting> secret = sources.secret(server, "CONTOSO_ADDIN_SECRET", PropertyNames.CLIENT_SECRET);

        assertEquals(List.of(
                new SecretSetting("settings.xml server \"addin-ci\" password", Secret.of(SERVER_SECRET)),
                new SecretSetting("environment variable CONTOSO_ADDIN_SECRET", Secret.of(OTHER_SECRET)),
                SecretSetting.absent("user property addin.clientSecret")), secret);
    }

    @Test
    void unsetEnvironmentVariableIsAnAbsentSourceAndAServerNamedByNoIdIsNoSource() throws Exception {
        SecretSources sources = sources();
        ServerCredentials server = sources.server(null, SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        List<SecretSetting> secret = sources.secret(server, "ADDIN_CLIENT_SECRET", PropertyNames.CLIENT_SECRET);

        // a message listing where the secret may come from never offers 'settings.xml server "null"'
        assertEquals(List.of(SecretSetting.absent("environment variable ADDIN_CLIENT_SECRET"),
                SecretSetting.absent("user property addin.clientSecret")), secret);
    }

    @Test
    void noEnvironmentVariableNameMeansNoEnvironmentSource() throws Exception {
        SecretSources sources = sources(decrypter(resource("/secret-sources/settings-security.xml")), name -> {
            throw new AssertionError("no environment variable should be read, but " + name + " was");
        });
        ServerCredentials server = sources.server(null, SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        assertEquals(List.of("user property addin.clientSecret"),
                sources.secret(server, "", PropertyNames.CLIENT_SECRET).stream().map(SecretSetting::origin).toList());
        assertEquals(List.of("user property addin.clientSecret"),
                sources.secret(server, null, PropertyNames.CLIENT_SECRET).stream().map(SecretSetting::origin).toList());
    }

    @Test
    void secretIsReadFromTheUserProperty() throws Exception {
        userProperties.setProperty(PropertyNames.SECONDARY_CLIENT_SECRET, OTHER_SECRET);
        SecretSources sources = sources();
        ServerCredentials server = sources.server(null, SERVER_ID_ORIGIN, "client secret", "client ID", findings);

        List<SecretSetting> secret = sources.secret(server, "ADDIN_SECONDARY_CLIENT_SECRET", PropertyNames.SECONDARY_CLIENT_SECRET);

        assertEquals(new SecretSetting("user property addin.secondaryClientSecret", Secret.of(OTHER_SECRET)), secret.get(1));
        assertTrue(sources.givenOnCommandLine(PropertyNames.SECONDARY_CLIENT_SECRET));
        assertFalse(sources.givenOnCommandLine(PropertyNames.CLIENT_SECRET));
    }
}
