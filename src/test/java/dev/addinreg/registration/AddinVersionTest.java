package dev.addinreg.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddinVersionTest {
    private static final String EXPECTED = "four parts of 0 to 9999 such as 1.4.2.0 (the VersionDefinition of appmanifest.xsd"
            + " allows one to four digits in each part), or a Maven version such as 1.4.2-SNAPSHOT or 1.4";
    private static final String NEVER_WRAP = "never cut or wrap the number: a lower version gets no upgrade in SharePoint";
    private static final String BUILD_NUMBER_EXPECTED = "a whole number from 0 to 9999: it fills the fourth part of the add-in"
            + " version, and the VersionDefinition of appmanifest.xsd allows one to four digits in each part";

    @ParameterizedTest
    @CsvSource({
        "1.4.2.0, 1.4.2.0",
        "1.4.2-SNAPSHOT, 1.4.2.0",
        "1.4, 1.4.0.0",
        "1, 1.0.0.0",
        "1.4-SNAPSHOT, 1.4.0.0",
        "2.0.0-rc-1, 2.0.0.0",
        "1.4.2.7-SNAPSHOT, 1.4.2.7",
        "9999.9999.9999.9999, 9999.9999.9999.9999",
        "0.0.0.0, 0.0.0.0",
        "01.004.0002, 1.4.2.0",
        "00000000001.2, 1.2.0.0"
    })
    void readsFourPartsOrAMavenVersion(String raw, String version) {
        // when
        AddinVersion parsed = AddinVersion.parse(raw);

        // then
        assertEquals(version, parsed.toString());
        assertTrue(AddinVersion.matchesSchema(parsed.toString()));
    }

    @Test
    void keepsEachPart() {
        // when
        AddinVersion version = AddinVersion.parse("1.4.2-SNAPSHOT");

        // then
        assertEquals(new AddinVersion(1, 4, 2, 0), version);
        assertEquals(new AddinVersion(1, 4, 2, 57), version.withRevision(57));
    }

    @ParameterizedTest
    @CsvSource({
        "10000.0.0.0, first, use 9999 or less in the first part",
        "1.10000, second, use 9999 or less in the second part and raise the first part instead (1.5.0.0 is higher than 1.4.9999.0)",
        "1.4.10000-SNAPSHOT, third, use 9999 or less in the third part and raise the second part instead (1.5.0.0 is higher than 1.4.9999.0)",
        "1.0.0.10234, fourth, use 9999 or less in the fourth part and raise the third part instead (1.5.0.0 is higher than 1.4.9999.0)",
        "1.0.0.99999999999999999999, fourth, use 9999 or less in the fourth part and raise the third part instead (1.5.0.0 is higher than 1.4.9999.0)"
    })
    void aPartAbove9999NamesThePartAndIsNeverWrapped(String raw, String part, String fix) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AddinVersion.parse(raw));

        // then
        assertEquals("the " + part + " part of the add-in version is above 9999. Found \"" + raw + "\"; expected " + EXPECTED
                + ". Fix: " + fix + "; " + NEVER_WRAP, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1.4", "1.4 ", "v1.4", "1.2.3.4.5", "1..2", "1.4-", "1.4.", ".1", "-1.0", "1,4", "latest",
        "1.4.2.RELEASE", "\u0661.\u0662"})
    void whatIsNoVersionIsRefused(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AddinVersion.parse(raw));

        // then
        assertEquals("the add-in version is not a version. Found " + InvalidValueException.quoted(raw) + "; expected " + EXPECTED
                + ". Fix: write one to four numbers separated by dots, optionally followed by a -qualifier that is dropped,"
                + " such as ${project.version}", e.getMessage());
    }

    @Test
    void theConstructorRefusesAPartOutOfRange() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new AddinVersion(1, 0, 0, 10000));

        // then
        assertTrue(e.getMessage().startsWith("the fourth part of the add-in version is above 9999. Found \"1.0.0.10000\";"),
                e.getMessage());
        assertThrows(InvalidValueException.class, () -> new AddinVersion(-1, 0, 0, 0));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "57, 57", "9999, 9999", "0042, 42"})
    void aBuildNumberIsAWholeNumberUpTo9999(String raw, int number) {
        // when / then
        assertEquals(number, AddinVersion.buildNumber(raw));
    }

    @Test
    void aBuildNumberAbove9999IsRefusedNotWrapped() {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AddinVersion.buildNumber("10234"));

        // then
        assertEquals("the build number is above 9999. Found \"10234\"; expected " + BUILD_NUMBER_EXPECTED + ". Fix: raise addinVersion"
                + " (1.4.3 after 1.4.2) and pass a build number that starts again from 0 for it, such as the run number minus"
                + " the last run number of the previous version; " + NEVER_WRAP, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "12a", "1.0", " 7", "${{ github.run_number }}"})
    void aBuildNumberThatIsNoNumberIsRefused(String raw) {
        // when
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AddinVersion.buildNumber(raw));

        // then
        assertEquals("the build number is not a number. Found " + InvalidValueException.quoted(raw) + "; expected "
                + BUILD_NUMBER_EXPECTED + ". Fix: pass the CI run number alone, such as -Daddin.buildNumber=${{ github.run_number }}"
                + " on GitHub Actions", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0.0", "9999.9999.9999.9999", "0001.0.0.0"})
    void theSchemaPatternAllowsOneToFourDigitsInEachOfFourParts(String text) {
        assertTrue(AddinVersion.matchesSchema(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0.0", "1.0.0.10000", "1.0.0.0.0", "1.0.0.a", " 1.0.0.0", "1.0.0.0-SNAPSHOT", ""})
    void theSchemaPatternRefusesAnythingElse(String text) {
        assertFalse(AddinVersion.matchesSchema(text));
    }
}
