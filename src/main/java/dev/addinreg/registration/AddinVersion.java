package dev.addinreg.registration;

import static dev.addinreg.registration.InvalidValueException.quoted;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The add-in's version, as {@code AppManifest.xml}'s root {@code App/@Version} holds it: four parts of 0 to 9999,
 * the manifest schema's {@code VersionDefinition} ({@code \d{1,4}\.\d{1,4}\.\d{1,4}\.\d{1,4}}). SharePoint offers
 * an upgrade only to a higher version, so a part is never cut or wrapped to fit: a wrapped number gives a lower
 * version, and SharePoint would offer no upgrade. A value out of range is refused instead.
 *
 * @param major the first part
 * @param minor the second part
 * @param build the third part
 * @param revision the fourth part, which a CI build number fills
 */
public record AddinVersion(int major, int minor, int build, int revision) {
    /** The highest value of a part: the schema allows four digits. */
    public static final int MAX_PART = 9999;
    /** {@code VersionDefinition} of {@code appmanifest.xsd}: what SharePoint accepts in {@code App/@Version}. */
    public static final Pattern SCHEMA = Pattern.compile("\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}");
    /** The schema's rule, as messages say it. */
    public static final String SCHEMA_RULE = "the VersionDefinition of appmanifest.xsd allows one to four digits in each part";

    /** One to four numbers, then an optional Maven qualifier ({@code -SNAPSHOT}, {@code -rc-1}), which is dropped. */
    private static final Pattern ACCEPTED = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-[0-9A-Za-z][0-9A-Za-z._+-]*)?");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final String[] PARTS = {"first", "second", "third", "fourth"};
    private static final String EXPECTED = "four parts of 0 to 9999 such as 1.4.2.0 (" + SCHEMA_RULE
            + "), or a Maven version such as 1.4.2-SNAPSHOT or 1.4";
    private static final String NEVER_WRAP = "never cut or wrap the number: a lower version gets no upgrade in SharePoint";

    public AddinVersion {
        int[] parts = {major, minor, build, revision};
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] < 0 || parts[i] > MAX_PART) {
                throw new InvalidValueException("the " + PARTS[i] + " part of the add-in version is above " + MAX_PART,
                        "\"" + major + "." + minor + "." + build + "." + revision + "\"", EXPECTED, fix(i));
            }
        }
    }

    /**
     * Reads a version as a user configures it: four parts ({@code 1.4.2.0}), or a Maven version ({@code 1.4.2-SNAPSHOT},
     * {@code 1.4}), whose missing parts become 0 and whose qualifier is dropped.
     *
     * @throws InvalidValueException when it is no such version, or a part is above 9999 (naming the part)
     */
    public static AddinVersion parse(String raw) {
        Matcher matcher = raw == null ? null : ACCEPTED.matcher(raw);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidValueException("the add-in version is not a version", raw == null ? "\"\"" : quoted(raw), EXPECTED,
                    "write one to four numbers separated by dots, optionally followed by a -qualifier that is dropped,"
                            + " such as ${project.version}");
        }
        int[] parts = new int[4];
        for (int i = 0; i < parts.length; i++) {
            String part = matcher.group(i + 1);
            if (part == null) {
                continue;
            }
            if (!fits(part)) {
                throw new InvalidValueException("the " + PARTS[i] + " part of the add-in version is above " + MAX_PART,
                        quoted(raw), EXPECTED, fix(i));
            }
            parts[i] = Integer.parseInt(part);
        }
        return new AddinVersion(parts[0], parts[1], parts[2], parts[3]);
    }

    /**
     * Reads a build number, which fills the fourth part: a whole number from 0 to 9999.
     *
     * @throws InvalidValueException when it is not a number, or is above 9999
     */
    public static int buildNumber(String raw) {
        String expected = "a whole number from 0 to " + MAX_PART + ": it fills the fourth part of the add-in version, and "
                + SCHEMA_RULE;
        if (raw == null || !NUMBER.matcher(raw).matches()) {
            throw new InvalidValueException("the build number is not a number", raw == null ? "\"\"" : quoted(raw), expected,
                    "pass the CI run number alone, such as -Daddin.buildNumber=${{ github.run_number }} on GitHub Actions");
        }
        if (!fits(raw)) {
            throw new InvalidValueException("the build number is above " + MAX_PART, quoted(raw), expected,
                    "raise addinVersion (1.4.3 after 1.4.2) and pass a build number that starts again from 0 for it, such as"
                            + " the run number minus the last run number of the previous version; " + NEVER_WRAP);
        }
        return Integer.parseInt(raw);
    }

    /** Whether a text is a version the manifest schema allows in {@code App/@Version}. */
    public static boolean matchesSchema(String text) {
        return text != null && SCHEMA.matcher(text).matches();
    }

    /** This version with its fourth part replaced by a build number. */
    public AddinVersion withRevision(int buildNumber) {
        return new AddinVersion(major, minor, build, buildNumber);
    }

    /** Whether digits, leading zeros aside, make a number of 0 to 9999; never parsed first, so no length overflows. */
    private static boolean fits(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        return significant.length() <= 4;
    }

    private static String fix(int part) {
        if (part == 0) {
            return "use 9999 or less in the first part; " + NEVER_WRAP;
        }
        return "use 9999 or less in the " + PARTS[part] + " part and raise the " + PARTS[part - 1]
                + " part instead (1.5.0.0 is higher than 1.4.9999.0); " + NEVER_WRAP;
    }

    /** The version as the manifest holds it: four parts, no leading zeros. */
    @Override
    public String toString() {
        return major + "." + minor + "." + build + "." + revision;
    }
}
