package dev.addinreg.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;

import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import dev.addinreg.registration.Findings;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Secret;
import dev.addinreg.registration.SecretSetting;
import dev.addinreg.registration.Setting;

/**
 * Reads secrets at run time from where the parameters say they are: a {@code settings.xml} server
 * (password decrypted), an environment variable, or a user property. Secrets are never parameters,
 * because Maven prints every parameter's value at {@code -X}.
 */
final class SecretSources {
    private final Settings settings;
    private final SettingsDecrypter decrypter;
    private final UnaryOperator<String> environment;
    private final Properties userProperties;

    SecretSources(Settings settings, SettingsDecrypter decrypter, UnaryOperator<String> environment, Properties userProperties) {
        this.settings = settings;
        this.decrypter = decrypter;
        this.environment = environment;
        this.userProperties = userProperties;
    }

    /**
     * A server's decrypted username and password, as settings; absent ones when there is no such server.
     *
     * @param named whether a server id was given at all: a message listing where a secret may come from names no other
     */
    record ServerCredentials(Setting username, SecretSetting password, boolean named) {
    }

    /**
     * The credentials of the {@code settings.xml} server {@code serverId}. A missing server, one without a
     * password, or a password that cannot be decrypted is a problem added to {@code findings}.
     *
     * @param secret what the server's password is, as messages name it ("the client secret")
     * @param username what its username is, as messages name it; {@code null} when it has none to give
     */
    ServerCredentials server(String serverId, String parameterOrigin, String secret, String username, Findings findings) {
        String origin = "settings.xml server \"" + serverId + "\"";
        boolean named = serverId != null && !serverId.isEmpty();
        ServerCredentials none = new ServerCredentials(Setting.absent(origin + " username"), SecretSetting.absent(origin + " password"),
                named);
        if (!named) {
            return none;
        }
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            findings.add(Problem.error(parameterOrigin, "there is no server \"" + serverId + "\" in settings.xml",
                    "serverId \"" + serverId + "\"", "the id of a <server> in ~/.m2/settings.xml or the file given with -s",
                    "add <server><id>" + serverId + "</id>" + (username == null ? "" : "<username>" + username + "</username>")
                            + "<password>" + secret + "</password></server>"
                            + " to settings.xml (encrypt the password with mvn --encrypt-password), or correct serverId"));
            return none;
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                findings.add(Problem.error(origin, "its password cannot be decrypted", null,
                        "a password encrypted with this machine's master password (settings-security.xml)",
                        "check ~/.m2/settings-security.xml, or encrypt the password again with mvn --encrypt-password"));
                return none;
            }
        }
        Server decrypted = result.getServer();
        if (decrypted.getPassword() == null || decrypted.getPassword().isEmpty()) {
            findings.add(Problem.error(origin, "the server has no password", null,
                    "the " + secret + " as the server's <password>", "add <password> to the server, encrypted with mvn --encrypt-password"));
        }
        return new ServerCredentials(new Setting(origin + " username", emptyToNull(decrypted.getUsername())),
                new SecretSetting(origin + " password", Secret.of(emptyToNull(decrypted.getPassword()))), true);
    }

    /**
     * Every source of one secret, given or not: the server's password (when a server is named), the environment
     * variable, the user property.
     */
    List<SecretSetting> secret(ServerCredentials server, String environmentVariable, String userProperty) {
        List<SecretSetting> sources = new ArrayList<>();
        if (server.named()) {
            sources.add(server.password());
        }
        if (environmentVariable != null && !environmentVariable.isEmpty()) {
            sources.add(new SecretSetting("environment variable " + environmentVariable,
                    Secret.of(environment.apply(environmentVariable))));
        }
        sources.add(new SecretSetting("user property " + userProperty, Secret.of(userProperties.getProperty(userProperty))));
        return sources;
    }

    /** Whether the secret was given on the command line, where other users and shell history see it. */
    boolean givenOnCommandLine(String userProperty) {
        return userProperties.getProperty(userProperty) != null;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
