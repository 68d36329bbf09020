package dev.addinreg.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.addinreg.addin.AddinManifest;
import dev.addinreg.registration.AddinVersion;
import dev.addinreg.registration.Problem;

/**
 * The check of what identifies the add-in to SharePoint, whatever its hosting model: the root {@code App}'s
 * {@code Version}, as the manifest schema allows it and as configured, and its {@code ProductID}, a braced GUID.
 * SharePoint refuses a package that breaks the schema at upload, long after the build; and it offers an upgrade
 * only to a higher version of the same {@code ProductID}.
 */
final class ManifestIdentity {
    static final String ID = "manifest-version";
    static final String TITLE = "manifest Version and ProductID valid";

    private static final Pattern BRACED_GUID = Pattern.compile(
            "\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ManifestIdentity() {
    }

    /**
     * Checks the manifest's {@code Version} and {@code ProductID}.
     *
     * @param configured the configured version, its build number applied; empty when none is configured
     */
    static CheckResult check(AddinManifest manifest, Optional<AddinVersion> configured) {
        List<Problem> problems = new ArrayList<>();
        Function<AddinManifest.Value, String> where = value -> manifest.file() + ":" + value.line() + " " + value.element();
        String root = manifest.file() + ":" + manifest.xml().line(manifest.xml().root());
        Optional<AddinManifest.Value> version = manifest.version();
        String fix = configured.isPresent() ? "run addin:inject with this addinVersion, and ship its output"
                : "set addinVersion (and buildNumber) and run addin:inject, or correct the Version in AppManifest.xml";
        if (version.isEmpty() || !AddinVersion.matchesSchema(version.get().value())) {
            problems.add(Problem.error(version.map(where).orElse(root + " App/@Version"),
                    "the manifest's Version does not match the schema", version.map(v -> quoted(v.value())).orElse("no Version"),
                    "four parts of one to four digits such as 1.4.2.0, as the VersionDefinition of appmanifest.xsd requires",
                    fix + "; SharePoint refuses the package at upload otherwise"));
        } else if (configured.isPresent() && !configured.get().toString().equals(version.get().value())) {
            problems.add(Problem.error(where.apply(version.get()), "the manifest's Version differs from the configured one",
                    quoted(version.get().value()), quoted(configured.get().toString()) + ", the configured addinVersion"
                            + " (and buildNumber)", fix));
        }
        Optional<AddinManifest.Value> productId = manifest.productId();
        if (productId.isEmpty() || !BRACED_GUID.matcher(productId.get().value()).matches()) {
            String value = productId.map(AddinManifest.Value::value).orElse("");
            problems.add(Problem.error(productId.map(where).orElse(root + " App/@ProductID"),
                    "the manifest's ProductID is not a braced GUID", productId.map(p -> quoted(p.value())).orElse("no ProductID"),
                    "a GUID in braces, as Visual Studio writes it, such as {f28fb857-7d6e-4b77-b54d-c901ede28753}",
                    GUID.matcher(value).matches() ? "use \"{" + value + "}\""
                            : "restore the ProductID Visual Studio generated for this add-in: SharePoint knows an add-in, and"
                                    + " offers its upgrades, by its ProductID, so it must stay the same from version to version"));
        }
        String note = configured.map(v -> "configured version " + v).orElse("no addinVersion configured: the schema's pattern only");
        return CheckResult.ran(ID, TITLE, note, problems);
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
