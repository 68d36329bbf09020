package dev.addinreg.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.addinreg.FixedClock;

/**
 * addin:validate as Maven runs it: configured from a fixture POM by the plugin testing harness, the session a
 * harness mock whose user properties and settings each test sets. The secret is the canary of the ITs, and no log
 * line or exception message may hold it.
 */
@MojoTest
class ValidateMojoTest {
    private static final String NL = System.lineSeparator();

    /** The canary: a valid secret that must never be shown. base64 of "CANARY-addinreg-canary-secret-01". */
    private static final String CANARY = "Q0FOQVJZLWFkZGlucmVnLWNhbmFyeS1zZWNyZXQtMDE=";
    /** base64 of "OTHER-addinreg-test-secret-00002", fingerprint sha256:154ef234. */
    private static final String OTHER_SECRET = "T1RIRVItYWRkaW5yZWctdGVzdC1zZWNyZXQtMDAwMDI=";
    private static final String CLIENT_ID = "b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f";

    private static final String COMMAND_LINE_WARNING = "[WARN] A secret is given with -Daddin.clientSecret: a command line"
            + " is visible to other users of this machine and kept in shell history. Use it for local trials only; in CI"
            + " use the environment variable named by clientSecretEnv or a settings.xml server (serverId).";

    @Inject
    private MavenSession session;

    private final RecordingLog log = new RecordingLog();
    private final Map<String, String> environment = new HashMap<>();
    private final List<Throwable> thrown = new ArrayList<>();

    @BeforeEach
    void setTheSecret() {
        environment.put("ADDIN_CLIENT_SECRET", CANARY);
        // a failure writes its report under the build's file locks, which Maven keeps in the repository session
        when(session.getRepositorySession()).thenReturn(new org.eclipse.aether.DefaultRepositorySystemSession());
    }

    @AfterEach
    void noLogLineNorExceptionHoldsTheCanary() {
        for (String line : log.lines()) {
            assertFalse(line.contains(CANARY), () -> "the secret leaked into the log: " + line.replace(CANARY, "<canary>"));
        }
        for (Throwable e : thrown) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                assertFalse(String.valueOf(cause.getMessage()).contains(CANARY), "the secret leaked into an exception message");
                assertFalse(cause.toString().contains(CANARY), "the secret leaked into an exception");
            }
        }
    }

    private ValidateMojo prepared(ValidateMojo mojo) {
        mojo.setLog(log);
        mojo.environment = environment::get;
        mojo.clock = FixedClock.at(LocalDate.of(2026, 5, 1));
        return mojo;
    }

    private void passes(ValidateMojo mojo) throws Exception {
        prepared(mojo).execute();
    }

    private MojoFailureException fails(ValidateMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, prepared(mojo)::execute);
        thrown.add(e);
        return e;
    }

    private List<String> warnings() {
        return log.lines().stream().filter(line -> line.startsWith("[WARN]") || line.startsWith("[ERROR]")).toList();
    }

    private static String lines(String... lines) {
        return String.join(NL, lines);
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-valid/pom.xml")
    void validConfigurationPassesAndLogsTheSummary(ValidateMojo mojo) throws Exception {
        passes(mojo);

        assertEquals(List.of(
                "[INFO] Client ID              b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f",
                "[INFO] Add-in domain          addin.contoso.com",
                "[INFO] Redirect URI           https://addin.contoso.com/Pages/Default.aspx",
                "[INFO] Title                  Contoso Expenses",
                "[INFO] ClientSecret           sha256:143c5ada, ends 2027-06-30 (425 days left), from environment variable"
                        + " ADDIN_CLIENT_SECRET",
                "[INFO] SecondaryClientSecret  (not configured)",
                "[INFO] Add-in version         (not configured)",
                "[INFO] Registration values are valid."), log.lines());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-valid/pom.xml")
    @MojoParameter(name = "clientSecretEnv", value = "CONTOSO_ADDIN_SECRET")
    @MojoParameter(name = "secondaryClientSecretExpires", value = "2026-09-30")
    void secretsAreReadFromTheNamedEnvironmentVariables(ValidateMojo mojo) throws Exception {
        environment.clear();
        environment.put("CONTOSO_ADDIN_SECRET", CANARY);
        environment.put("ADDIN_SECONDARY_CLIENT_SECRET", OTHER_SECRET);

        passes(mojo);

        assertEquals(List.of(
                "[INFO] ClientSecret           sha256:143c5ada, ends 2027-06-30 (425 days left), from environment variable"
                        + " CONTOSO_ADDIN_SECRET",
                "[INFO] SecondaryClientSecret  sha256:154ef234, ends 2026-09-30 (152 days left), from environment variable"
                        + " ADDIN_SECONDARY_CLIENT_SECRET"),
                log.lines().subList(4, 6));
        assertEquals("[INFO] Registration values are valid.", log.lines().get(7));
        assertEquals(8, log.lines().size());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-valid/pom.xml")
    @MojoParameter(name = "addinVersion", value = "1.4.2-SNAPSHOT")
    @MojoParameter(name = "buildNumber", value = "57")
    void theBuildNumberFillsTheFourthPartOfTheMavenVersion(ValidateMojo mojo) throws Exception {
        passes(mojo);

        assertEquals("[INFO] Add-in version         1.4.2.57", log.lines().get(6));
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-valid/pom.xml")
    @MojoParameter(name = "addinVersion", value = "1.4.2-SNAPSHOT")
    @MojoParameter(name = "buildNumber", value = "10234")
    void aRunNumberAbove9999FailsTheBuildInsteadOfWrapping(ValidateMojo mojo) {
        MojoFailureException e = fails(mojo);

        assertEquals(lines(
                "The registration values (execution default) have 1 problem:",
                "  1. <buildNumber> (-Daddin.buildNumber): the build number is above 9999. Found \"10234\"; expected a whole"
                        + " number from 0 to 9999: it fills the fourth part of the add-in version, and the VersionDefinition of"
                        + " appmanifest.xsd allows one to four digits in each part."
                        + " Fix: raise addinVersion (1.4.3 after 1.4.2) and pass a build number that starts again from 0 for it,"
                        + " such as the run number minus the last run number of the previous version; never cut or wrap the"
                        + " number: a lower version gets no upgrade in SharePoint"),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-uppercase-client-id/pom.xml")
    void uppercaseClientIdFails(ValidateMojo mojo) {
        MojoFailureException e = fails(mojo);

        assertEquals(lines(
                "The registration values (execution default) have 1 problem:",
                "  1. <clientId> (-Daddin.clientId): the client ID has uppercase letters."
                        + " Found \"B2C9D4E1-7F3A-4E6B-9C8D-1A2B3C4D5E6F\"; expected a lowercase GUID such as"
                        + " 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba (SharePoint answers 401 Unauthorized to an uppercase"
                        + " client ID). Fix: use \"b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f\""),
                e.getMessage());
        assertEquals(List.of(), warnings(), "the problem is reported once, in the failure");
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-several-problems/pom.xml")
    void everyProblemIsReportedNumberedInOneFailure(ValidateMojo mojo) {
        MojoFailureException e = fails(mojo);

        assertEquals(lines(
                "The registration values (execution default) have 4 problems:",
                "  1. <clientId> (-Daddin.clientId): the client ID has uppercase letters."
                        + " Found \"B2C9D4E1-7F3A-4E6B-9C8D-1A2B3C4D5E6F\"; expected a lowercase GUID such as"
                        + " 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba (SharePoint answers 401 Unauthorized to an uppercase"
                        + " client ID). Fix: use \"b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f\"",
                "  2. <appDomain> (-Daddin.appDomain): the add-in domain has a scheme. Found \"https://addin.contoso.com/\";"
                        + " expected a host name such as addin.contoso.com, with :port only when it is not 443, without"
                        + " https://. Fix: use \"addin.contoso.com\"",
                "  3. <redirectUri> (-Daddin.redirectUri): the redirect URI uses http."
                        + " Found \"http://addin.contoso.com/Pages/Default.aspx\"; expected an absolute https URI such as"
                        + " https://addin.contoso.com/Pages/Default.aspx (SharePoint sends authorization codes only over"
                        + " https). Fix: use \"https://addin.contoso.com/Pages/Default.aspx\"",
                "  4. <clientSecretExpires> (-Daddin.clientSecretExpires): the end date is not a date. Found \"30/06/2027\";"
                        + " expected an ISO date such as 2027-06-30. Fix: write the date as year-month-day"),
                e.getMessage());
        assertEquals(List.of(), warnings());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-nothing-configured/pom.xml")
    void missingClientIdAndDomainAreBothReported(ValidateMojo mojo) {
        environment.clear();

        MojoFailureException e = fails(mojo);

        assertEquals(lines(
                "The registration values (execution default) have 2 problems:",
                "  1. <clientId> (-Daddin.clientId): no client ID is configured. Expected the client ID AppRegNew.aspx"
                        + " gave for this add-in. Fix: set it as <clientId> (-Daddin.clientId)",
                "  2. <appDomain> (-Daddin.appDomain): no add-in domain is configured. Expected the host of the remote"
                        + " web application, such as addin.contoso.com. Fix: set it as <appDomain> (-Daddin.appDomain)"),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-uppercase-client-id/pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipLogsTheSkipLineAndDoesNothing(ValidateMojo mojo) throws Exception {
        mojo.setLog(log);
        mojo.environment = name -> {
            throw new AssertionError("a skipped goal read the environment variable " + name);
        };

        mojo.execute();

        assertEquals(List.of("[INFO] Skipping addin:validate: addin.skip is true."), log.lines());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-uppercase-client-id/pom.xml")
    @MojoParameter(name = "skipValidate", value = "true")
    void skipValidateLogsTheSkipLineAndDoesNothing(ValidateMojo mojo) throws Exception {
        mojo.setLog(log);
        mojo.environment = name -> {
            throw new AssertionError("a skipped goal read the environment variable " + name);
        };

        mojo.execute();

        assertEquals(List.of("[INFO] Skipping addin:validate: addin.skipValidate is true."), log.lines());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-expiring-soon/pom.xml")
    void secretExpiringSoonWarnsOnceAndPasses(ValidateMojo mojo) throws Exception {
        passes(mojo);

        assertEquals(List.of(
                "[WARN] <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in"
                        + " 10 days. Found end date 2026-05-11; expected more than 30 days left (expiryWarningDays). Fix:"
                        + " add a new secret now: make it the client secret and keep this one as the secondary client"
                        + " secret until it ends"),
                warnings());
        assertEquals("[INFO] ClientSecret           sha256:143c5ada, ends 2026-05-11 (10 days left), from environment"
                + " variable ADDIN_CLIENT_SECRET", log.lines().get(5));
        assertEquals("[INFO] Registration values are valid (1 warning).", log.lines().get(log.lines().size() - 1));
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-expiring-soon/pom.xml")
    @MojoParameter(name = "strict", value = "true")
    void strictTurnsTheExpiryWarningIntoAFailure(ValidateMojo mojo) {
        MojoFailureException e = fails(mojo);

        assertEquals(lines(
                "The registration values (execution default) have 1 problem (strict: warnings fail the build):",
                "  1. <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (sha256:143c5ada) expires in"
                        + " 10 days. Found end date 2026-05-11; expected more than 30 days left (expiryWarningDays). Fix:"
                        + " add a new secret now: make it the client secret and keep this one as the secondary client"
                        + " secret until it ends"),
                e.getMessage());
        assertEquals(List.of(), warnings(), "the warning is reported once, in the failure");
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-expiring-soon/pom.xml")
    @MojoParameter(name = "expiryWarningDays", value = "7")
    void noWarningOutsideTheWarningWindow(ValidateMojo mojo) throws Exception {
        passes(mojo);

        assertEquals(List.of(), warnings());
        assertEquals("[INFO] Registration values are valid.", log.lines().get(log.lines().size() - 1));
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-valid/pom.xml")
    void secretOnTheCommandLineIsUsedWithAWarning(ValidateMojo mojo) throws Exception {
        environment.clear();
        session.getUserProperties().setProperty(PropertyNames.CLIENT_SECRET, CANARY);

        passes(mojo);

        assertEquals(List.of(
                COMMAND_LINE_WARNING,
                "[INFO] Client ID              b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f",
                "[INFO] Add-in domain          addin.contoso.com",
                "[INFO] Redirect URI           https://addin.contoso.com/Pages/Default.aspx",
                "[INFO] Title                  Contoso Expenses",
                "[INFO] ClientSecret           sha256:143c5ada, ends 2027-06-30 (425 days left), from user property"
                        + " addin.clientSecret",
                "[INFO] SecondaryClientSecret  (not configured)",
                "[INFO] Add-in version         (not configured)",
                "[INFO] Registration values are valid."), log.lines());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-valid/pom.xml")
    void environmentVariableAndUserPropertyThatDisagreeFailNamingBoth(ValidateMojo mojo) {
        session.getUserProperties().setProperty(PropertyNames.CLIENT_SECRET, OTHER_SECRET);

        MojoFailureException e = fails(mojo);

        assertEquals(lines(
                "The registration values (execution default) have 1 problem:",
                "  1. environment variable ADDIN_CLIENT_SECRET and user property addin.clientSecret: two sources give"
                        + " different values for the client secret. Found sha256:143c5ada and sha256:154ef234; expected one"
                        + " value, or sources that agree. Fix: give the client secret in one place only, or make both the"
                        + " same"),
                e.getMessage());
        assertEquals(List.of(COMMAND_LINE_WARNING), warnings());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-server/pom.xml")
    void settingsServerGivesTheClientIdAndTheSecret(ValidateMojo mojo) throws Exception {
        environment.clear();
        when(session.getSettings()).thenReturn(settingsWithServer("contoso-addin", CLIENT_ID, CANARY));

        passes(mojo);

        assertEquals(List.of(
                "[INFO] Client ID              b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f",
                "[INFO] Add-in domain          addin.contoso.com",
                "[INFO] Redirect URI           (not configured)",
                "[INFO] Title                  (not configured)",
                "[INFO] ClientSecret           sha256:143c5ada, ends 2027-06-30 (425 days left), from settings.xml server"
                        + " \"contoso-addin\" password",
                "[INFO] SecondaryClientSecret  (not configured)",
                "[INFO] Add-in version         (not configured)",
                "[INFO] Registration values are valid."), log.lines());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-server/pom.xml")
    @MojoParameter(name = "clientId", value = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9")
    void clientIdThatDiffersFromTheServerUsernameFails(ValidateMojo mojo) {
        environment.clear();
        when(session.getSettings()).thenReturn(settingsWithServer("contoso-addin", CLIENT_ID, CANARY));

        MojoFailureException e = fails(mojo);

        assertEquals(lines(
                "The registration values (execution default) have 1 problem:",
                "  1. <clientId> (-Daddin.clientId) and settings.xml server \"contoso-addin\" username: two sources give"
                        + " different values for the client ID. Found \"0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9\" and"
                        + " \"b2c9d4e1-7f3a-4e6b-9c8d-1a2b3c4d5e6f\"; expected one value, or sources that agree. Fix: give"
                        + " the client ID in one place only, or make both the same"),
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "validate", pom = "classpath:/unit/validate-server/pom.xml")
    void missingServerFailsNamingTheServerId(ValidateMojo mojo) {
        when(session.getSettings()).thenReturn(settingsWithServer("another-addin", CLIENT_ID, CANARY));

        MojoFailureException e = fails(mojo);

        assertEquals(lines(
                "The registration values (execution default) have 2 problems:",
                "  1. <serverId> (-Daddin.serverId): there is no server \"contoso-addin\" in settings.xml. Found serverId"
                        + " \"contoso-addin\"; expected the id of a <server> in ~/.m2/settings.xml or the file given with -s."
                        + " Fix: add <server><id>contoso-addin</id><username>client ID</username><password>client secret"
                        + "</password></server> to settings.xml (encrypt the password with mvn --encrypt-password), or"
                        + " correct serverId",
                "  2. <clientId> (-Daddin.clientId) or settings.xml server \"contoso-addin\" username: no client ID is"
                        + " configured. Expected the client ID AppRegNew.aspx gave for this add-in. Fix: set it as"
                        + " <clientId> (-Daddin.clientId)"),
                e.getMessage());
    }

    private static Settings settingsWithServer(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }
}
