package dev.addinreg.maven;

import static dev.addinreg.maven.PropertyNames.origin;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.SessionData;

import dev.addinreg.files.FileLocks;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.HighTrustInput;
import dev.addinreg.registration.RegistrationCheck;
import dev.addinreg.registration.RegistrationInput;
import dev.addinreg.registration.Setting;
import dev.addinreg.verify.CheckResult;

/**
 * What every goal shares: the registration parameters, where the secrets are, and skip handling.
 * No secret is ever a parameter: {@link #registrationInput(Findings)} reads secrets at run time.
 */
abstract class AbstractRegistrationMojo extends AbstractMojo {

    /**
     * The add-in's client ID, as AppRegNew.aspx gave it: a lowercase GUID. When {@link #serverId} names a
     * server with a username, that username is the client ID too, and the two must agree.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CLIENT_ID)
    private String clientId;

    /**
     * The add-in domain: the host of the remote web application, such as {@code addin.contoso.com}, with
     * {@code :port} only when it is not 443. {@code ~remoteAppUrl} becomes {@code https://} and this.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.APP_DOMAIN)
    private String appDomain;

    /**
     * The redirect URI registered for the add-in: an absolute {@code https} URI.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.REDIRECT_URI)
    private String redirectUri;

    /**
     * The add-in's title, as {@code AppManifest.xml} should hold it: 1 to 256 characters.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TITLE)
    private String title;

    /**
     * The add-in's version, which {@code addin:inject} writes into the {@code Version} of {@code AppManifest.xml}'s
     * root {@code App} (and {@code addin:verify} expects there): four parts such as {@code 1.4.2.0}, or a Maven
     * version such as {@code 1.4.2-SNAPSHOT} or {@code 1.4}, whose missing parts become 0 and whose qualifier is
     * dropped ({@code 1.4.2.0}, {@code 1.4.0.0}). Each part is 0 to 9999, as the manifest schema allows; a larger one
     * fails the build rather than being cut. Unset, the manifest's version is left as it is.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ADDIN_VERSION)
    private String addinVersion;

    /**
     * A build number, such as the CI run number, that fills the fourth part of {@link #addinVersion}
     * ({@code 1.4.2-SNAPSHOT} and {@code 57} make {@code 1.4.2.57}): 0 to 9999. Needs {@code addinVersion}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.BUILD_NUMBER)
    private String buildNumber;

    /**
     * The id of a {@code settings.xml} {@code <server>} whose password is the client secret (decrypted
     * when encrypted with Maven's master password) and whose username, when set, is the client ID.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SERVER_ID)
    private String serverId;

    /**
     * The id of a {@code settings.xml} {@code <server>} whose password is the secondary client secret.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SECONDARY_SERVER_ID)
    private String secondaryServerId;

    /**
     * The name of the environment variable that holds the client secret. The name, never the secret.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CLIENT_SECRET_ENV, defaultValue = "ADDIN_CLIENT_SECRET")
    private String clientSecretEnv;

    /**
     * The name of the environment variable that holds the secondary client secret.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SECONDARY_CLIENT_SECRET_ENV, defaultValue = "ADDIN_SECONDARY_CLIENT_SECRET")
    private String secondaryClientSecretEnv;

    /**
     * The client secret's end date (ISO, such as {@code 2027-06-30}): an expired secret fails the build,
     * one ending within {@link #expiryWarningDays} warns.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CLIENT_SECRET_EXPIRES)
    private String clientSecretExpires;

    /**
     * The secondary client secret's end date (ISO).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SECONDARY_CLIENT_SECRET_EXPIRES)
    private String secondaryClientSecretExpires;

    /**
     * When the client secret was created (ISO date, or date and time such as {@code 2026-06-01T14:30}). A new
     * secret can take up to a day to be accepted: {@code addin:verify} warns while it is younger than
     * {@code newSecretDelayHours} and no valid secondary secret is there to fall back on.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.CLIENT_SECRET_STARTS)
    private String clientSecretStarts;

    /**
     * When the secondary client secret was created (ISO date, or date and time).
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SECONDARY_CLIENT_SECRET_STARTS)
    private String secondaryClientSecretStarts;

    /**
     * The issuer ID of a high-trust (server-to-server) add-in: a lowercase GUID, the ID of the token issuer the
     * SharePoint farm trusts for the add-in's certificate (the client ID, when the add-in has its own certificate).
     * Setting it makes the add-in high-trust: {@code web.config} gets {@code IssuerId} and the certificate's keys, and
     * no client secret is needed.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.ISSUER_ID)
    private String issuerId;

    /**
     * The high-trust add-in's signing certificate, as the build reads it: a {@code .cer} (DER or PEM), or a
     * {@code .pfx}/{@code .p12} opened with its password. The build fails when it has expired or is not valid yet,
     * and warns within {@code expiryWarningDays}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SIGNING_CERTIFICATE)
    private File signingCertificate;

    /**
     * The path of the {@code .pfx} on the web server, written into {@code web.config} as
     * {@code ClientSigningCertificatePath} with the password as {@code ClientSigningCertificatePassword}: for
     * development. Unset, {@code web.config} gets the certificate's serial number as
     * {@code ClientSigningCertificateSerialNumber}, and the web server takes the certificate from its certificate
     * store: Microsoft's advice for production.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SIGNING_CERTIFICATE_PATH)
    private String signingCertificatePath;

    /**
     * The id of a {@code settings.xml} {@code <server>} whose password is the signing certificate's password.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SIGNING_CERTIFICATE_SERVER_ID)
    private String signingCertificateServerId;

    /**
     * The name of the environment variable that holds the signing certificate's password. The name, never the password.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SIGNING_CERTIFICATE_PASSWORD_ENV, defaultValue = "ADDIN_SIGNING_CERTIFICATE_PASSWORD")
    private String signingCertificatePasswordEnv;

    /**
     * How many days before its end date a secret or the signing certificate gets a warning. Microsoft
     * advises renewing at least 30 days before.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.EXPIRY_WARNING_DAYS, defaultValue = "30")
    private int expiryWarningDays;

    /**
     * Whether warnings fail the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.STRICT, defaultValue = "false")
    private boolean strict;

    /**
     * Skips {@code addin:validate}, {@code addin:inject}, {@code addin:verify} and {@code addin:report};
     * {@code addin:generate} has no skip.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    /**
     * Where the goals write: {@code addin:inject}'s processed copies ({@code web/} for the {@code web.config} and the
     * files its appSettings are read from, {@code package/} for the package folder or the stamped {@code .app}),
     * and {@code registration-report.json}, which {@code addin:verify} writes on every run and {@code addin:validate}
     * or {@code addin:inject} when the values or the files are wrong. With {@code inPlace}, no copy of a source is
     * written here, but the report and a stamped {@code .app} still are.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/addin")
    private File outputDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Component
    private SettingsDecrypter settingsDecrypter;

    /** Where environment variables are read; replaced in tests. */
    UnaryOperator<String> environment = System::getenv;

    /** Where today comes from: the system clock; replaced by a fixed one in tests, never by a user. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipGoal()) {
            getLog().info("Skipping " + goal() + ": " + (skip ? PropertyNames.SKIP : skipProperty()) + " is true.");
            return;
        }
        run();
    }

    /** This goal's name, as {@code addin:name}. */
    abstract String goal();

    /** Whether this goal's own skip flag is set. */
    abstract boolean skipGoal();

    /** The property of this goal's own skip flag. */
    abstract String skipProperty();

    /** The goal's work, when it is not skipped. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    MavenSession session() {
        return session;
    }

    /** This execution's id: {@code default}, or the one the POM gives, such as {@code china}. */
    String executionId() {
        String id = mojoExecution == null ? null : mojoExecution.getExecutionId();
        return id == null ? "default" : id;
    }

    /** What a failure's first line says was checked, naming this execution: "The add-in files (execution china)". */
    String subject(String what) {
        return what + " (execution " + executionId() + ")";
    }

    boolean strict() {
        return strict;
    }

    int expiryWarningDays() {
        return expiryWarningDays;
    }

    File outputDirectory() {
        return outputDirectory;
    }

    /**
     * The file locks of this build, kept in the session so that modules built in parallel ({@code -T})
     * share them, and no static state outlives the build.
     */
    FileLocks fileLocks() {
        SessionData data = session.getRepositorySession().getData();
        Object key = FileLocks.class.getName();
        Object locks = data.get(key);
        while (locks == null) {
            data.set(key, null, new FileLocks());
            locks = data.get(key);
        }
        return (FileLocks) locks;
    }

    /**
     * Logs the warnings, and fails the build when a problem fails it, as {@link BuildResult#conclude} does; when it
     * fails, {@code registration-report.json} first gets the configured registration and {@code checks}, the
     * checks run so far, so that a CI step that keeps the report finds why.
     *
     * @param subject what was checked, as the failure's first line says it, before the execution's id
     */
    void concludeOrReport(String subject, Findings findings, boolean strict, RegistrationCheck.Result checked,
            List<CheckResult> checks) throws MojoFailureException {
        try {
            BuildResult.conclude(getLog(), subject(subject), findings, strict);
        } catch (MojoFailureException failure) {
            throw FailureReport.write(failure, outputDirectory.toPath(), shown(outputDirectory), executionId(), checked, checks,
                    clock.instant(), expiryWarningDays, this.strict, fileLocks(), getLog());
        }
    }

    /**
     * The configured registration, checked: every problem, those of the secrets' sources included, goes to
     * {@code findings}.
     *
     * @param requireClientIdAndDomain whether a missing client ID or add-in domain is a problem
     */
    RegistrationCheck.Result checkRegistration(Findings findings, boolean requireClientIdAndDomain) {
        RegistrationInput input = registrationInput(findings);
        RegistrationCheck.Result result = RegistrationCheck.check(input);
        if (requireClientIdAndDomain) {
            RegistrationCheck.requireClientIdAndDomain(result, input);
        }
        findings.addAll(result.findings());
        return result;
    }

    /**
     * The registration as configured, secrets read from their sources now. Problems with the sources
     * themselves (a missing server) go to {@code findings}.
     */
    private RegistrationInput registrationInput(Findings findings) {
        SecretSources sources = new SecretSources(session.getSettings(), settingsDecrypter, environment,
                session.getUserProperties());
        SecretSources.ServerCredentials primaryServer = sources.server(serverId, origin("serverId", PropertyNames.SERVER_ID),
                "client secret", "client ID", findings);
        SecretSources.ServerCredentials secondaryServer = sources.server(secondaryServerId,
                origin("secondaryServerId", PropertyNames.SECONDARY_SERVER_ID), "secondary client secret", null, findings);
        SecretSources.ServerCredentials certificateServer = sources.server(signingCertificateServerId,
                origin("signingCertificateServerId", PropertyNames.SIGNING_CERTIFICATE_SERVER_ID), "signing certificate's password",
                null, findings);
        warnOfCommandLine(sources, PropertyNames.CLIENT_SECRET, "clientSecretEnv", "serverId");
        warnOfCommandLine(sources, PropertyNames.SECONDARY_CLIENT_SECRET, "secondaryClientSecretEnv", "secondaryServerId");
        warnOfCommandLine(sources, PropertyNames.SIGNING_CERTIFICATE_PASSWORD, "signingCertificatePasswordEnv",
                "signingCertificateServerId");
        Setting clientIdParameter = new Setting(origin("clientId", PropertyNames.CLIENT_ID), clientId);
        // The server's username is a source of the client ID only when a server is named: otherwise a message
        // listing the sources would offer 'settings.xml server "null" username'.
        List<Setting> clientIds = serverId == null || serverId.isEmpty()
                ? List.of(clientIdParameter) : List.of(clientIdParameter, primaryServer.username());
        return new RegistrationInput(
                clientIds,
                new Setting(origin("appDomain", PropertyNames.APP_DOMAIN), appDomain),
                new Setting(origin("redirectUri", PropertyNames.REDIRECT_URI), redirectUri),
                new Setting(origin("title", PropertyNames.TITLE), title),
                sources.secret(primaryServer, clientSecretEnv, PropertyNames.CLIENT_SECRET),
                new Setting(origin("clientSecretExpires", PropertyNames.CLIENT_SECRET_EXPIRES), clientSecretExpires),
                sources.secret(secondaryServer, secondaryClientSecretEnv, PropertyNames.SECONDARY_CLIENT_SECRET),
                new Setting(origin("secondaryClientSecretExpires", PropertyNames.SECONDARY_CLIENT_SECRET_EXPIRES),
                        secondaryClientSecretExpires),
                expiryWarningDays,
                clock,
                new Setting(origin("clientSecretStarts", PropertyNames.CLIENT_SECRET_STARTS), clientSecretStarts),
                new Setting(origin("secondaryClientSecretStarts", PropertyNames.SECONDARY_CLIENT_SECRET_STARTS),
                        secondaryClientSecretStarts),
                new Setting(origin("addinVersion", PropertyNames.ADDIN_VERSION), addinVersion),
                new Setting(origin("buildNumber", PropertyNames.BUILD_NUMBER), buildNumber),

                new HighTrustInput(
                        new Setting(origin("issuerId", PropertyNames.ISSUER_ID), issuerId),
                        new Setting(origin("signingCertificate", PropertyNames.SIGNING_CERTIFICATE), shown(signingCertificate)),
                        signingCertificate == null ? null : signingCertificate.toPath(),
                        new Setting(origin("signingCertificatePath", PropertyNames.SIGNING_CERTIFICATE_PATH), signingCertificatePath),
                        sources.secret(certificateServer, signingCertificatePasswordEnv, PropertyNames.SIGNING_CERTIFICATE_PASSWORD)));
    }

    private void warnOfCommandLine(SecretSources sources, String property, String environmentParameter, String serverParameter) {
        if (sources.givenOnCommandLine(property)) {
            getLog().warn("A secret is given with -D" + property + ": a command line is visible to other users of this"
                    + " machine and kept in shell history. Use it for local trials only; in CI use the environment"
                    + " variable named by " + environmentParameter + " or a settings.xml server (" + serverParameter + ").");
        }
    }

    /** A file as messages name it: relative to the project when it is inside it. */
    String shown(File file) {
        if (file == null) {
            return null;
        }
        Path path = file.toPath().toAbsolutePath().normalize();
        Path base = session.getCurrentProject() == null ? null : session.getCurrentProject().getBasedir().toPath().toAbsolutePath();
        return (base != null && path.startsWith(base) ? base.relativize(path) : path).toString().replace('\\', '/');
    }
}
