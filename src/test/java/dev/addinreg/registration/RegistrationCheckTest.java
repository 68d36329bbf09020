package dev.addinreg.registration;

import static dev.addinreg.registration.TestSecrets.CANARY;
import static dev.addinreg.registration.TestSecrets.ROTATED;
import static dev.addinreg.registration.TestSecrets.assertNoPartOf;
import static dev.addinreg.registration.TestSecrets.sha256Prefix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.addinreg.FixedClock;

class RegistrationCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static final String CLIENT_ID = "9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a";
    private static final String OTHER_CLIENT_ID = "0f9e8d7c-6b5a-4a3b-8c2d-1e0f9a8b7c6d";

    private static final String CLIENT_ID_PARAMETER = "<clientId> (-Daddin.clientId)";
    private static final String SERVER_USERNAME = "settings.xml server \"addin\" username";
    private static final String APP_DOMAIN_PARAMETER = "<appDomain> (-Daddin.appDomain)";
    private static final String REDIRECT_URI_PARAMETER = "<redirectUri> (-Daddin.redirectUri)";
    private static final String TITLE_PARAMETER = "<title> (-Daddin.title)";
    private static final String SERVER_PASSWORD = "settings.xml server \"addin\" password";
    private static final String SECRET_ENV = "environment variable ADDIN_CLIENT_SECRET";
    private static final String SECRET_PROPERTY = "user property addin.clientSecret";
    private static final String EXPIRES_PARAMETER = "<clientSecretExpires> (-Daddin.clientSecretExpires)";
    private static final String SECONDARY_SERVER_PASSWORD = "settings.xml server \"addin-old\" password";
    private static final String SECONDARY_ENV = "environment variable ADDIN_SECONDARY_CLIENT_SECRET";
    private static final String SECONDARY_PROPERTY = "user property addin.secondaryClientSecret";
    private static final String SECONDARY_EXPIRES_PARAMETER =
            "<secondaryClientSecretExpires> (-Daddin.secondaryClientSecretExpires)";

    private static final String EXPIRED_FIX =
            "generate a new secret for this client ID, configure it with its end date, and redeploy the add-in";
    private static final String EXPIRING_FIX =
            "add a new secret now: make it the client secret and keep this one as the secondary client secret until it ends";

    /** The registration values as a mojo passes them; by default complete and valid, with no secondary secret. */
    private static final class Input {
        private String clientId = CLIENT_ID;
        private String serverUsername;
        private String appDomain = "addin.contoso.com";
        private String redirectUri = "https://addin.contoso.com/Pages/Default.aspx";
        private String title = "Contoso Expenses";
        private String serverPassword;
        private String secretEnv = CANARY;
        private String secretProperty;
        private String expires = "2027-06-01";
        private String secondaryServerPassword;
        private String secondaryEnv;
        private String secondaryProperty;
        private String secondaryExpires;
        private int expiryWarningDays = 30;

        Input clientId(String value) {
            clientId = value;
            return this;
        }

        Input serverUsername(String value) {
            serverUsername = value;
            return this;
        }

        Input appDomain(String value) {
            appDomain = value;
            return this;
        }

        Input redirectUri(String value) {
            redirectUri = value;
            return this;
        }

        Input title(String value) {
            title = value;
            return this;
        }

        Input serverPassword(String value) {
            serverPassword = value;
            return this;
        }

        Input secretEnv(String value) {
            secretEnv = value;
            return this;
        }

        Input secretProperty(String value) {
            secretProperty = value;
            return this;
        }

        Input expires(String value) {
            expires = value;
            return this;
        }

        Input secondaryEnv(String value) {
            secondaryEnv = value;
            return this;
        }

        Input secondaryProperty(String value) {
            secondaryProperty = value;
            return this;
        }

        Input secondaryExpires(String value) {
            secondaryExpires = value;
            return this;
        }

        Input expiryWarningDays(int days) {
            expiryWarningDays = days;
            return this;
        }

        Input starts(String value) {
            starts = value;
            return this;
        }

        private String starts;

        private static SecretSetting secret(String origin, String value) {
            return new SecretSetting(origin, Secret.of(value));
        }

        RegistrationInput build() {
            return new RegistrationInput(
                    List.of(new Setting(CLIENT_ID_PARAMETER, clientId), new Setting(SERVER_USERNAME, serverUsername)),
                    new Setting(APP_DOMAIN_PARAMETER, appDomain),
                    new Setting(REDIRECT_URI_PARAMETER, redirectUri),
                    new Setting(TITLE_PARAMETER, title),
                    List.of(secret(SERVER_PASSWORD, serverPassword), secret(SECRET_ENV, secretEnv),
                            secret(SECRET_PROPERTY, secretProperty)),
                    new Setting(EXPIRES_PARAMETER, expires),
                    List.of(secret(SECONDARY_SERVER_PASSWORD, secondaryServerPassword), secret(SECONDARY_ENV, secondaryEnv),
                            secret(SECONDARY_PROPERTY, secondaryProperty)),
                    new Setting(SECONDARY_EXPIRES_PARAMETER, secondaryExpires),
                    expiryWarningDays,
                    FixedClock.at(TODAY),
                    new Setting("<clientSecretStarts> (-Daddin.clientSecretStarts)", starts),
                    Setting.absent("<secondaryClientSecretStarts> (-Daddin.secondaryClientSecretStarts)"));
        }
    }

    private static Input valid() {
        return new Input();
    }

    private static Input nothing() {
        return new Input().clientId(null).appDomain(null).redirectUri(null).title(null).secretEnv(null).expires(null);
    }

    private static List<String> shown(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    private static List<String> shown(RegistrationCheck.Result result) {
        return shown(result.findings().all());
    }

    /** Every text a user can see of the result: each problem, and the registration summary. */
    private static List<String> everythingShown(RegistrationCheck.Result result) {
        List<String> texts = new ArrayList<>(shown(result));
        texts.addAll(RegistrationSummary.lines(result.registration(), TODAY));
        return texts;
    }

    @Test
    void validInputHasNoFindings() {
        // given
        RegistrationInput input = valid().build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of(), shown(result));
        Registration registration = result.registration();
        assertEquals(Optional.of(new ClientId(CLIENT_ID)), registration.clientId());
        assertEquals(Optional.of(new AppDomain("addin.contoso.com", 443)), registration.appDomain());
        assertEquals(Optional.of(RedirectUri.parse("https://addin.contoso.com/Pages/Default.aspx")), registration.redirectUri());
        assertEquals(Optional.of(new AddinTitle("Contoso Expenses")), registration.title());
        assertEquals(Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), LocalDate.of(2027, 6, 1),
                SECRET_ENV)), registration.primary());
        assertEquals(Optional.empty(), registration.secondary());
    }

    @Test
    void validInputWithBothSecretsAndAgreeingSourcesHasNoFindings() {
        // given the client ID twice and the secret twice, the same each time, and a secondary secret
        RegistrationInput input = valid().serverUsername(CLIENT_ID).serverPassword(CANARY)
                .secondaryEnv(ROTATED).secondaryExpires("2026-12-31").build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of(), shown(result));
        assertEquals(Optional.of(new ClientId(CLIENT_ID)), result.registration().clientId());
        assertEquals(Optional.of(new ConfiguredSecret(SecretRole.PRIMARY, ClientSecret.parse(CANARY), LocalDate.of(2027, 6, 1),
                SERVER_PASSWORD)), result.registration().primary());
        assertEquals(Optional.of(new ConfiguredSecret(SecretRole.SECONDARY, ClientSecret.parse(ROTATED), LocalDate.of(2026, 12, 31),
                SECONDARY_ENV)), result.registration().secondary());
    }

    @Test
    void nothingConfiguredHasNoFindingsUntilRequired() {
        // given
        RegistrationInput input = nothing().build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of(), shown(result));
        assertEquals(new Registration(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()), result.registration());
    }

    @Test
    void reportsEveryProblemAtOnceInOrder() {
        // given a bad client ID, a bad domain and a bad secret
        String badSecret = CANARY.substring(0, 43);
        RegistrationInput input = valid().clientId(CLIENT_ID.toUpperCase()).appDomain("https://addin.contoso.com/")
                .secretEnv(badSecret).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of(
                "ERROR <clientId> (-Daddin.clientId): the client ID has uppercase letters. Found \"9B1D5F2E-3C4A-4E8B-A1D2-7F6E5D4C3B2A\";"
                        + " expected a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba (SharePoint answers 401"
                        + " Unauthorized to an uppercase client ID). Fix: use \"" + CLIENT_ID + "\"",
                "ERROR <appDomain> (-Daddin.appDomain): the add-in domain has a scheme. Found \"https://addin.contoso.com/\";"
                        + " expected a host name such as addin.contoso.com, with :port only when it is not 443, without https://."
                        + " Fix: use \"addin.contoso.com\"",
                "ERROR environment variable ADDIN_CLIENT_SECRET: the client secret is not base64 (its length, 43, is not a"
                        + " multiple of 4). Found a hidden value (" + sha256Prefix(badSecret) + ", 43 characters); expected base64"
                        + " with no whitespace (AppRegNew makes 44 characters), since TokenHelper decodes it with"
                        + " Convert.FromBase64String. Fix: copy the secret again, whole, from where it was generated (AppRegNew.aspx"
                        + " shows it once)"),
                shown(result));
        assertEquals(3, result.findings().errors().size());
        assertEquals(Optional.empty(), result.registration().clientId());
        assertEquals(Optional.empty(), result.registration().appDomain());
        assertEquals(Optional.empty(), result.registration().primary());
        assertEquals(Optional.of(new AddinTitle("Contoso Expenses")), result.registration().title());
        everythingShown(result).forEach(text -> assertNoPartOf(CANARY, text));
    }

    @Test
    void reportsEveryKindOfValueInOrder() {
        // given every value wrong
        RegistrationInput input = valid().clientId("*").appDomain("addin.contoso.com:443").redirectUri("http://addin.contoso.com/")
                .title(" Contoso").expiryWarningDays(-1).secretEnv("").expires("2027-02-30")
                .secondaryEnv(CANARY + " ").secondaryExpires("2026-05-01").build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then: where and what of each, in the order of the values
        assertEquals(List.of(
                CLIENT_ID_PARAMETER + ": the client ID is the placeholder *",
                APP_DOMAIN_PARAMETER + ": the add-in domain names the default port 443",
                REDIRECT_URI_PARAMETER + ": the redirect URI uses http",
                TITLE_PARAMETER + ": the title has whitespace around it",
                "expiryWarningDays: the warning window is negative",
                SECRET_ENV + ": the client secret is empty",
                EXPIRES_PARAMETER + ": the end date is not a date",
                SECONDARY_ENV + ": the client secret has whitespace (at character 45)",
                SECONDARY_EXPIRES_PARAMETER + ": the secondary client secret has ended"),
                result.findings().all().stream().map(p -> p.where() + ": " + p.what()).toList());
        assertEquals(result.findings().all().subList(0, 8), result.findings().errors(),
                "all but the ended secondary, which only warns, are errors");
        everythingShown(result).forEach(text -> assertNoPartOf(CANARY, text));
    }

    @Test
    void clientIdSourcesThatDisagreeAreOneErrorNamingBoth() {
        // given
        RegistrationInput input = valid().serverUsername(OTHER_CLIENT_ID).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("ERROR <clientId> (-Daddin.clientId) and settings.xml server \"addin\" username: two sources give"
                + " different values for the client ID. Found \"" + CLIENT_ID + "\" and \"" + OTHER_CLIENT_ID + "\"; expected one"
                + " value, or sources that agree. Fix: give the client ID in one place only, or make both the same"), shown(result));
        assertEquals(Optional.empty(), result.registration().clientId());
    }

    @Test
    void clientIdSourcesThatDifferInCaseDisagree() {
        // given
        RegistrationInput input = valid().serverUsername(CLIENT_ID.toUpperCase()).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("ERROR <clientId> (-Daddin.clientId) and settings.xml server \"addin\" username: two sources give"
                + " different values for the client ID. Found \"" + CLIENT_ID + "\" and \"" + CLIENT_ID.toUpperCase() + "\"; expected"
                + " one value, or sources that agree. Fix: give the client ID in one place only, or make both the same"), shown(result));
    }

    @Test
    void clientIdFromTheServerAloneIsUsed() {
        // given
        RegistrationInput input = valid().clientId(null).serverUsername(OTHER_CLIENT_ID).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of(), shown(result));
        assertEquals(Optional.of(new ClientId(OTHER_CLIENT_ID)), result.registration().clientId());
    }

    @Test
    void secretSourcesThatDisagreeAreOneErrorShowingFingerprintsOnly() {
        // given
        RegistrationInput input = valid().serverPassword(CANARY).secretEnv(ROTATED).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("ERROR settings.xml server \"addin\" password and environment variable ADDIN_CLIENT_SECRET: two"
                + " sources give different values for the client secret. Found " + sha256Prefix(CANARY) + " and "
                + sha256Prefix(ROTATED) + "; expected one value, or sources that agree. Fix: give the client secret in one place"
                + " only, or make both the same"), shown(result));
        assertEquals(Optional.empty(), result.registration().primary());
        everythingShown(result).forEach(text -> {
            assertNoPartOf(CANARY, text);
            assertNoPartOf(ROTATED, text);
        });
    }

    @Test
    void secondarySecretSourcesThatDisagreeNameTheFirstTwoThatDiffer() {
        // given three sources, the last two differing from the first, one of them invalid
        String invalid = CANARY + "AB";
        RegistrationInput input = valid().secondaryEnv(ROTATED).secondaryProperty(invalid).secondaryExpires("2026-12-31").build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("ERROR environment variable ADDIN_SECONDARY_CLIENT_SECRET and user property addin.secondaryClientSecret:"
                + " two sources give different values for the secondary client secret. Found " + sha256Prefix(ROTATED) + " and "
                + sha256Prefix(invalid) + "; expected one value, or sources that agree. Fix: give the secondary client secret in"
                + " one place only, or make both the same"), shown(result));
        everythingShown(result).forEach(text -> {
            assertNoPartOf(CANARY, text);
            assertNoPartOf(ROTATED, text);
            assertNoPartOf(invalid, text);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-06-01 | today
            2026-05-31 | 1 day ago
            2026-05-30 | 2 days ago
            2025-06-01 | 365 days ago
            """)
    void expiredSecretIsAnError(String end, String ago) {
        // given
        RegistrationInput input = valid().expires(end).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("ERROR <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (" + sha256Prefix(CANARY)
                + ") has expired. Found end date " + end + " (" + ago + "); expected an end date after today, 2026-06-01. Fix: "
                + EXPIRED_FIX), shown(result));
        // the secret itself is still the configured one
        assertEquals(Optional.of(LocalDate.parse(end)), result.registration().primary().flatMap(ConfiguredSecret::endDate));
    }

    @Test
    void aStartIsADateOrADateAndTime() {
        assertEquals(Optional.of(LocalDateTime.of(2026, 6, 1, 0, 0)), RegistrationCheck.check(valid().starts("2026-06-01").build())
                .registration().primary().flatMap(ConfiguredSecret::startTime));
        assertEquals(Optional.of(LocalDateTime.of(2026, 6, 1, 14, 30)), RegistrationCheck.check(valid().starts("2026-06-01T14:30")
                .build()).registration().primary().flatMap(ConfiguredSecret::startTime));
    }

    @Test
    void aStartThatIsNotADateFails() {
        RegistrationCheck.Result result = RegistrationCheck.check(valid().starts("yesterday").build());

        assertEquals(List.of("ERROR <clientSecretStarts> (-Daddin.clientSecretStarts): the start is not a date. Found \"yesterday\";"
                + " expected an ISO date such as 2026-06-01, or a date and time such as 2026-06-01T14:30. Fix: write it as"
                + " year-month-day"), shown(result));
    }

    @Test
    void endedSecondarySecretWarnsThatItShouldBeRemoved() {
        // given: the rotation is over, the old secret has ended
        RegistrationInput input = valid().secondaryEnv(ROTATED).secondaryExpires("2026-05-01").build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("WARNING <secondaryClientSecretExpires> (-Daddin.secondaryClientSecretExpires): the secondary client"
                + " secret (" + sha256Prefix(ROTATED) + ") has ended. Found end date 2026-05-01 (31 days ago); expected a secondary"
                + " secret that is still valid, or none. Fix: the rotation is over: remove the secondary client secret and its"
                + " end date"), shown(result));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-06-02 | 1 day
            2026-06-15 | 14 days
            2026-07-01 | 30 days
            """)
    void secretExpiringWithinTheWindowIsAWarningWithDaysLeft(String end, String left) {
        // given
        RegistrationInput input = valid().expires(end).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("WARNING <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (" + sha256Prefix(CANARY)
                + ") expires in " + left + ". Found end date " + end + "; expected more than 30 days left (expiryWarningDays). Fix: "
                + EXPIRING_FIX), shown(result));
        assertEquals(List.of(), result.findings().errors());
    }

    @Test
    void secretBeyondTheWindowIsFine() {
        // given 31 days left
        RegistrationInput input = valid().expires("2026-07-02").build();

        // when / then
        assertEquals(List.of(), shown(RegistrationCheck.check(input)));
    }

    @Test
    void windowFollowsExpiryWarningDays() {
        // given 60 days left, and a window of 90 days
        RegistrationInput input = valid().expires("2026-07-31").expiryWarningDays(90).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("WARNING <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (" + sha256Prefix(CANARY)
                + ") expires in 60 days. Found end date 2026-07-31; expected more than 90 days left (expiryWarningDays). Fix: "
                + EXPIRING_FIX), shown(result));
    }

    @Test
    void windowOfZeroDaysWarnsOfNothing() {
        // given 1 day left
        RegistrationInput input = valid().expires("2026-06-02").expiryWarningDays(0).build();

        // when / then
        assertEquals(List.of(), shown(RegistrationCheck.check(input)));
    }

    @Test
    void missingEndDateIsAWarning() {
        // given
        RegistrationInput input = valid().expires(null).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("WARNING <clientSecretExpires> (-Daddin.clientSecretExpires): no end date is recorded for the client"
                + " secret. Expected the date the secret ends, such as 2027-06-30. Fix: record the end date AppRegNew.aspx or"
                + " Get-MsolServicePrincipalCredential shows, so the build warns before it ends"), shown(result));
        assertEquals(Optional.of(Optional.empty()), result.registration().primary().map(ConfiguredSecret::endDate));
    }

    @Test
    void missingEndDateOfSecondaryIsAWarning() {
        // given
        RegistrationInput input = valid().secondaryEnv(ROTATED).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("WARNING <secondaryClientSecretExpires> (-Daddin.secondaryClientSecretExpires): no end date is recorded"
                + " for the secondary client secret. Expected the date the secret ends, such as 2027-06-30. Fix: record the end"
                + " date AppRegNew.aspx or Get-MsolServicePrincipalCredential shows, so the build warns before it ends"), shown(result));
    }

    @Test
    void secondaryEqualToPrimaryIsAWarning() {
        // given
        RegistrationInput input = valid().secondaryEnv(CANARY).secondaryExpires("2027-06-01").build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("WARNING environment variable ADDIN_SECONDARY_CLIENT_SECRET: the secondary client secret equals the"
                + " client secret. Found a hidden value (" + sha256Prefix(CANARY) + ", 44 characters); expected a different secret,"
                + " or none. Fix: during a rotation the secondary is the old secret; outside one, remove the secondary"), shown(result));
        everythingShown(result).forEach(text -> assertNoPartOf(CANARY, text));
    }

    @Test
    void secondaryWithoutPrimaryIsAnError() {
        // given
        RegistrationInput input = valid().secretEnv(null).expires(null).secondaryEnv(ROTATED).secondaryExpires("2027-01-31").build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("ERROR environment variable ADDIN_SECONDARY_CLIENT_SECRET: a secondary client secret is set without a"
                + " client secret. Expected a client secret whenever a secondary one is set. Fix: set the client secret; the"
                + " secondary one only serves while the primary is being rotated"), shown(result));
    }

    @Test
    void secondaryWithAnInvalidPrimaryReportsOnlyThePrimary() {
        // given a primary that is given, but wrong
        RegistrationInput input = valid().secretEnv("notbase64!!").secondaryEnv(ROTATED).secondaryExpires("2027-01-31").build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of(SECRET_ENV + ": the client secret is not base64 (its length, 11, is not a multiple of 4)"),
                result.findings().all().stream().map(p -> p.where() + ": " + p.what()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-30", "2027-13-01", "30.06.2027", "06/30/2027", "2027-6-30", "next year", ""})
    void malformedEndDateIsAnError(String end) {
        // given
        RegistrationInput input = valid().expires(end).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("ERROR <clientSecretExpires> (-Daddin.clientSecretExpires): the end date is not a date. Found \"" + end
                + "\"; expected an ISO date such as 2027-06-30. Fix: write the date as year-month-day"), shown(result));
        assertEquals(Optional.of(Optional.empty()), result.registration().primary().map(ConfiguredSecret::endDate));
    }

    @Test
    void negativeExpiryWarningDaysIsAnError() {
        // given
        RegistrationInput input = valid().expiryWarningDays(-1).build();

        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // then
        assertEquals(List.of("ERROR expiryWarningDays: the warning window is negative. Found -1; expected 0 or more days. Fix: use"
                + " the default, 30, as Microsoft advises"), shown(result));
    }

    @Test
    void strictTurnsWarningsIntoFailures() {
        // given a secret that expires in 14 days and a secondary equal to it
        RegistrationInput input = valid().expires("2026-06-15").secondaryEnv(CANARY).secondaryExpires("2026-12-31").build();
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // when
        List<Problem> lenient = result.findings().failures(false);
        List<Problem> strict = result.findings().failures(true);

        // then
        assertEquals(List.of(), lenient);
        assertEquals(List.of(
                "ERROR <clientSecretExpires> (-Daddin.clientSecretExpires): the client secret (" + sha256Prefix(CANARY)
                        + ") expires in 14 days. Found end date 2026-06-15; expected more than 30 days left (expiryWarningDays). Fix: "
                        + EXPIRING_FIX,
                "ERROR environment variable ADDIN_SECONDARY_CLIENT_SECRET: the secondary client secret equals the client secret."
                        + " Found a hidden value (" + sha256Prefix(CANARY) + ", 44 characters); expected a different secret, or none."
                        + " Fix: during a rotation the secondary is the old secret; outside one, remove the secondary"),
                shown(strict));
    }

    @Test
    void requireClientIdAndDomainAddsMissingValueErrors() {
        // given
        RegistrationInput input = nothing().build();
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // when
        RegistrationCheck.requireClientIdAndDomain(result, input);

        // then
        assertEquals(List.of(
                "ERROR <clientId> (-Daddin.clientId) or settings.xml server \"addin\" username: no client ID is configured."
                        + " Expected the client ID AppRegNew.aspx gave for this add-in. Fix: set it as <clientId> (-Daddin.clientId)",
                "ERROR <appDomain> (-Daddin.appDomain): no add-in domain is configured. Expected the host of the remote web"
                        + " application, such as addin.contoso.com. Fix: set it as <appDomain> (-Daddin.appDomain)"),
                shown(result));
    }

    @Test
    void requireClientIdAndDomainAcceptsConfiguredValues() {
        // given
        RegistrationInput input = valid().build();
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // when
        RegistrationCheck.requireClientIdAndDomain(result, input);

        // then
        assertTrue(result.findings().isEmpty());
    }

    @Test
    void requireClientIdAndDomainDoesNotRepeatProblemsWithGivenValues() {
        // given values that are given but wrong, or whose sources disagree
        RegistrationInput input = valid().serverUsername(OTHER_CLIENT_ID).appDomain("").build();
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // when
        RegistrationCheck.requireClientIdAndDomain(result, input);

        // then: only the two problems the check found
        assertEquals(List.of(
                CLIENT_ID_PARAMETER + " and " + SERVER_USERNAME + ": two sources give different values for the client ID",
                APP_DOMAIN_PARAMETER + ": the add-in domain is empty"),
                result.findings().all().stream().map(p -> p.where() + ": " + p.what()).toList());
    }

    @Test
    void requireClientIdAndDomainWithNoClientIdSourceAtAll() {
        // given an input that names no source for the client ID
        RegistrationInput input = new RegistrationInput(List.of(), Setting.absent(APP_DOMAIN_PARAMETER),
                Setting.absent(REDIRECT_URI_PARAMETER), Setting.absent(TITLE_PARAMETER), List.of(), Setting.absent(EXPIRES_PARAMETER),
                List.of(), Setting.absent(SECONDARY_EXPIRES_PARAMETER), 30, FixedClock.at(TODAY));
        RegistrationCheck.Result result = RegistrationCheck.check(input);

        // when
        RegistrationCheck.requireClientIdAndDomain(result, input);

        // then
        assertEquals(List.of(
                "ERROR client ID: no client ID is configured. Expected the client ID AppRegNew.aspx gave for this add-in."
                        + " Fix: set the client ID",
                "ERROR <appDomain> (-Daddin.appDomain): no add-in domain is configured. Expected the host of the remote web"
                        + " application, such as addin.contoso.com. Fix: set it as <appDomain> (-Daddin.appDomain)"),
                shown(result));
    }
}
