package dev.addinreg.registration;

import static dev.addinreg.registration.TestSecrets.CANARY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.addinreg.FixedClock;

/** The add-in version and build number among the registration values: checked with every other value, all problems at once. */
class RegistrationCheckVersionTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String VERSION_PARAMETER = "<addinVersion> (-Daddin.addinVersion)";
    private static final String BUILD_NUMBER_PARAMETER = "<buildNumber> (-Daddin.buildNumber)";

    /** A valid registration with this version and build number ({@code null} for not given). */
    private static RegistrationInput input(String addinVersion, String buildNumber, String appDomain) {
        return new RegistrationInput(List.of(new Setting("<clientId> (-Daddin.clientId)", "9b1d5f2e-3c4a-4e8b-a1d2-7f6e5d4c3b2a")),
                new Setting("<appDomain> (-Daddin.appDomain)", appDomain), Setting.absent("<redirectUri> (-Daddin.redirectUri)"),
                Setting.absent("<title> (-Daddin.title)"),
                List.of(new SecretSetting("environment variable ADDIN_CLIENT_SECRET", Secret.of(CANARY))),
                new Setting("<clientSecretExpires> (-Daddin.clientSecretExpires)", "2027-06-01"), List.of(),
                Setting.absent("<secondaryClientSecretExpires> (-Daddin.secondaryClientSecretExpires)"), 30, FixedClock.at(TODAY),
                Setting.absent("<clientSecretStarts> (-Daddin.clientSecretStarts)"),
                Setting.absent("<secondaryClientSecretStarts> (-Daddin.secondaryClientSecretStarts)"),
                new Setting(VERSION_PARAMETER, addinVersion), new Setting(BUILD_NUMBER_PARAMETER, buildNumber));
    }

    private static List<String> shown(RegistrationCheck.Result result) {
        return result.findings().all().stream().map(Problem::toString).toList();
    }

    @Test
    void noVersionLeavesTheManifestsAsItIs() {
        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input(null, null, "addin.contoso.com"));

        // then
        assertEquals(List.of(), shown(result));
        assertEquals(Optional.empty(), result.registration().version());
    }

    @Test
    void aMavenVersionBecomesFourParts() {
        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input("1.4.2-SNAPSHOT", null, "addin.contoso.com"));

        // then
        assertEquals(List.of(), shown(result));
        assertEquals(Optional.of(new AddinVersion(1, 4, 2, 0)), result.registration().version());
    }

    @Test
    void theBuildNumberFillsTheFourthPart() {
        // when
        RegistrationCheck.Result four = RegistrationCheck.check(input("1.4.2.7", "57", "addin.contoso.com"));
        RegistrationCheck.Result maven = RegistrationCheck.check(input("1.4", "57", "addin.contoso.com"));

        // then
        assertEquals(List.of(), shown(four));
        assertEquals("1.4.2.57", four.registration().version().orElseThrow().toString());
        assertEquals("1.4.0.57", maven.registration().version().orElseThrow().toString());
    }

    @Test
    void aRunNumberAbove9999FailsNamingTheBuildNumberWithEveryOtherProblem() {
        // when: the CI run number 10234, and a wrong add-in domain besides
        RegistrationCheck.Result result = RegistrationCheck.check(input("1.4.2-SNAPSHOT", "10234", "https://addin.contoso.com"));

        // then both problems, and no version is applied
        assertEquals(List.of(
                "ERROR <appDomain> (-Daddin.appDomain): the add-in domain has a scheme. Found \"https://addin.contoso.com\"; expected"
                        + " a host name such as addin.contoso.com, with :port only when it is not 443, without https://."
                        + " Fix: use \"addin.contoso.com\"",
                "ERROR " + BUILD_NUMBER_PARAMETER + ": the build number is above 9999. Found \"10234\"; expected a whole number"
                        + " from 0 to 9999: it fills the fourth part of the add-in version, and the VersionDefinition of"
                        + " appmanifest.xsd allows one to four digits in each part."
                        + " Fix: raise addinVersion (1.4.3 after 1.4.2) and pass a build number that starts again from 0 for it,"
                        + " such as the run number minus the last run number of the previous version; never cut or wrap the"
                        + " number: a lower version gets no upgrade in SharePoint"),
                shown(result));
        assertEquals(Optional.empty(), result.registration().version(), "no version is set without its build number");
    }

    @Test
    void aVersionPartAbove9999FailsNamingThePart() {
        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input("1.4.10000-SNAPSHOT", "57", "addin.contoso.com"));

        // then
        assertEquals(List.of("ERROR " + VERSION_PARAMETER + ": the third part of the add-in version is above 9999."
                + " Found \"1.4.10000-SNAPSHOT\"; expected four parts of 0 to 9999 such as 1.4.2.0 (the VersionDefinition of"
                + " appmanifest.xsd allows one to four digits in each part), or a Maven version such as 1.4.2-SNAPSHOT or 1.4."
                + " Fix: use 9999 or less in the third part and raise the second part instead (1.5.0.0 is higher than"
                + " 1.4.9999.0); never cut or wrap the number: a lower version gets no upgrade in SharePoint"), shown(result));
        assertEquals(Optional.empty(), result.registration().version());
    }

    @Test
    void aBuildNumberWithoutAVersionFails() {
        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input(null, "57", "addin.contoso.com"));

        // then
        assertEquals(List.of("ERROR " + BUILD_NUMBER_PARAMETER + ": a build number is set without an add-in version. Found \"57\";"
                + " expected addinVersion set too: the build number fills its fourth part. Fix: set addinVersion, such as"
                + " <addinVersion>${project.version}</addinVersion>, or leave buildNumber unset"), shown(result));
        assertEquals(Optional.empty(), result.registration().version());
    }

    @Test
    void aBuildNumberThatIsNoNumberAndAVersionThatIsNoneAreBothReported() {
        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input("latest", "", "addin.contoso.com"));

        // then
        assertEquals(List.of(VERSION_PARAMETER + ": the add-in version is not a version.",
                BUILD_NUMBER_PARAMETER + ": the build number is not a number."),
                result.findings().all().stream().map(p -> p.where() + ": " + p.what() + ".").toList());
    }

    @Test
    void theSummaryShowsTheVersionSet() {
        // when
        RegistrationCheck.Result result = RegistrationCheck.check(input("1.4.2-SNAPSHOT", "57", "addin.contoso.com"));

        // then
        assertEquals("Add-in version         1.4.2.57", RegistrationSummary.lines(result.registration(), TODAY).get(6));
        assertEquals("Add-in version         (not configured)",
                RegistrationSummary.lines(RegistrationCheck.check(input(null, null, "addin.contoso.com")).registration(), TODAY).get(6));
    }
}
