package dev.addinreg.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.addinreg.addin.AddinManifest;
import dev.addinreg.addin.AddinFileReader;
import dev.addinreg.addin.AppSettings;
import dev.addinreg.addin.PublishTransforms;
import dev.addinreg.addin.WebConfig;
import dev.addinreg.addin.RemoteAppUrl;
import dev.addinreg.addin.TokenHelpers;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.InvalidValueException;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.Secret;
import dev.addinreg.registration.SecretRole;
import dev.addinreg.registration.Severity;
import dev.addinreg.verify.ShippedFiles.Found;
import dev.addinreg.xml.XmlFile;

/** The checks of the files that will ship against each other and against the configured registration. */
final class FileChecks {
    /** Keys a high-trust (certificate) add-in uses; they do not belong in a low-trust add-in that ships. */
    static final List<String> HIGH_TRUST_KEYS = List.of("ClientSigningCertificatePath", "ClientSigningCertificatePassword");
    /** What a client ID, even a malformed one, is made of; anything else is never shown. */
    private static final Pattern GUID_LIKE = Pattern.compile("[\\s{}()*0-9A-Fa-f-]{0,40}");
    private static final String NO_WEB_CONFIG = "no web.config was read";

    private final Registration registration;
    private final List<ConfiguredSecret> secrets;

    FileChecks(Registration registration) {
        this.registration = registration;
        this.secrets = new ArrayList<>();
        registration.primary().ifPresent(secrets::add);
        registration.secondary().ifPresent(secrets::add);
    }

    /** The client IDs of both files: well-formed, equal to each other and to the configured one. */
    CheckResult clientIds(AddinManifest manifest, Optional<WebConfig> web) {
        List<Problem> problems = new ArrayList<>();
        Optional<String> configured = registration.clientId().map(ClientId::value);
        List<Found> found = new ArrayList<>();
        Optional<AddinManifest.Value> inManifest = manifest.clientId();
        if (inManifest.isEmpty()) {
            problems.add(Problem.error(manifest.file() + ":" + manifest.remoteWebApplication().map(e -> manifest.xml().line(e)).orElse(1)
                    + " RemoteWebApplication", "the manifest has no ClientId", null, "ClientId=\"<client ID>\"",
                    "run addin:inject, or add the client ID to RemoteWebApplication"));
        } else {
            found.add(new Found(manifest.file() + ":" + inManifest.get().line() + " " + inManifest.get().element(),
                    inManifest.get().value()));
        }
        web.ifPresent(w -> single(w, "ClientId", problems).ifPresent(found::add));
        List<Found> valid = new ArrayList<>();
        for (Found value : found) {
            if (!GUID_LIKE.matcher(value.value()).matches()) {
                // not even GUID-shaped: it may be a secret under the wrong key, so it is never shown
                problems.add(Problem.error(value.where(), "the client ID is not a GUID", Secret.of(value.value()).masked(),
                        "a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba",
                        "put the client ID here (a value that is not GUID-shaped is hidden, in case it is a secret"
                                + " under the wrong key)"));
                continue;
            }
            try {
                ClientId.parse(value.value());
            } catch (InvalidValueException e) {
                problems.add(e.at(Severity.ERROR, value.where()));
                continue;
            }
            valid.add(value);
            if (configured.isPresent() && !configured.get().equals(value.value())) {
                problems.add(Problem.error(value.where(), "the client ID differs from the configured one",
                        quoted(value.value()), quoted(configured.get()) + ", the configured clientId",
                        "run addin:inject with this registration, or correct clientId"));
            }
        }
        // Only two well-formed IDs are compared: a malformed one is reported above, and "*" is no value to copy.
        if (valid.size() == 2 && !valid.get(0).value().equals(valid.get(1).value()) && configured.isEmpty()) {
            problems.add(Problem.error(valid.get(1).where(), "the client ID differs from the manifest's", quoted(valid.get(1).value()),
                    quoted(valid.get(0).value()) + " as in " + valid.get(0).where(),
                    "give both files the same client ID (run addin:inject)"));
        }
        return CheckResult.ran("client-id-consistent", "client IDs well-formed and consistent", "", problems);
    }

    /** No {@code ~remoteAppUrl} may ship: SharePoint would not resolve it. */
    CheckResult tokens(List<XmlFile> files, int scanned) {
        List<Problem> problems = new ArrayList<>();
        String expected = registration.appDomain().map(AppDomain::origin).orElse("https://<add-in domain>");
        for (XmlFile xml : files) {
            for (RemoteAppUrl.Occurrence token : RemoteAppUrl.find(xml)) {
                problems.add(Problem.error(xml.name() + ":" + token.line() + " " + token.where(),
                        "~remoteAppUrl is left in a file that ships", "~remoteAppUrl", expected,
                        "run addin:inject before addin:verify, and ship its output"));
            }
        }
        return CheckResult.ran("no-remote-app-url", "no ~remoteAppUrl left", scanned + (scanned == 1 ? " file" : " files") + " scanned",
                problems);
    }

    /** {@code StartPage} and the event endpoints: https, on the add-in domain. */
    CheckResult endpoints(AddinManifest manifest) {
        Optional<AppDomain> domain = registration.appDomain();
        List<Problem> problems = new ArrayList<>();
        for (AddinManifest.Value endpoint : manifest.endpoints()) {
            String value = endpoint.value();
            if (value.startsWith("~") || value.startsWith("{")) {
                continue; // a SharePoint token (~appWebUrl, {HostUrl}); ~remoteAppUrl is the token check's
            }
            String where = manifest.file() + ":" + endpoint.line() + " " + endpoint.element();
            String expected = domain.map(d -> "an https address on " + d + " (" + d.origin() + "/...)")
                    .orElse("an https address");
            int schemeEnd = value.indexOf("://");
            if (schemeEnd < 0 && !value.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                // no scheme at all: SharePoint has nothing to resolve a relative address against
                String path = value.startsWith("/") ? value.substring(1) : value;
                problems.add(Problem.error(where, "the address is relative, and SharePoint resolves no relative address", quoted(value),
                        "an absolute https address, or one that starts with ~remoteAppUrl/ (a page of the remote web application)"
                                + " or ~appWebUrl/ (a page of the add-in web)", "write ~remoteAppUrl/" + path + ", which addin:inject"
                                + " makes " + domain.map(AppDomain::origin).orElse("https://<add-in domain>") + "/" + path));
                continue;
            }
            if (schemeEnd < 0 || !value.substring(0, schemeEnd).equalsIgnoreCase("https")) {
                problems.add(Problem.error(where, "the address is not https", quoted(value), expected,
                        "serve the remote web application over https and use ~remoteAppUrl, which addin:inject makes https"));
                continue;
            }
            String authority = value.substring(schemeEnd + 3).split("[/?#]", 2)[0];
            int colon = authority.lastIndexOf(':');
            String host = colon < 0 ? authority : authority.substring(0, colon);
            int port = colon < 0 || !authority.substring(colon + 1).matches("[0-9]{1,5}") ? -1
                    : Integer.parseInt(authority.substring(colon + 1));
            if (domain.isPresent() && !domain.get().matches(host, port)) {
                problems.add(Problem.error(where, "the address is not on the add-in domain", quoted(value), expected,
                        "use ~remoteAppUrl in the source and run addin:inject, or correct appDomain"));
            }
        }
        return CheckResult.ran("endpoints-on-app-domain", "start page and event endpoints on the add-in domain",
                domain.map(AppDomain::toString).orElse("no appDomain configured: scheme only"), problems);
    }

    /** The secrets in {@code web.config}: present, base64, and among the configured ones. */
    CheckResult secrets(Optional<WebConfig> web) {
        if (web.isEmpty()) {
            return CheckResult.skipped("client-secret", "web.config secrets valid and configured", NO_WEB_CONFIG);
        }
        List<Problem> problems = new ArrayList<>();
        Optional<Found> primary = single(web.get(), SecretRole.PRIMARY.appSettingKey(), problems);
        primary.ifPresent(found -> checkSecret(found, problems));
        String secondaryKey = SecretRole.SECONDARY.appSettingKey();
        boolean secondarySet = web.get().effective(secondaryKey).flatMap(WebConfig.Value::value).filter(v -> !v.isEmpty()).isPresent();
        Optional<Found> secondary = secondarySet ? single(web.get(), secondaryKey, problems) : Optional.empty();
        secondary.ifPresent(found -> checkSecret(found, problems));
        if (primary.isPresent() && secondary.isPresent() && primary.get().value().equals(secondary.get().value())) {
            problems.add(Problem.warning(secondary.get().where(), "SecondaryClientSecret equals ClientSecret",
                    Secret.of(secondary.get().value()).masked(), "a different secret, or no SecondaryClientSecret",
                    "during a rotation the secondary is the old secret; outside one, remove it"));
        }
        String note = secrets.isEmpty() ? "no secret configured: checked for presence and base64 only" : "";
        return CheckResult.ran("client-secret", "web.config secrets valid and configured", note, problems);
    }

    private void checkSecret(Found found, List<Problem> problems) {
        ClientSecret secret;
        try {
            secret = ClientSecret.parse(found.value());
        } catch (InvalidValueException e) {
            problems.add(e.at(Severity.ERROR, found.where()));
            return;
        }
        if (!secrets.isEmpty() && secrets.stream().noneMatch(c -> c.secret().sameValueAs(secret))) {
            problems.add(Problem.error(found.where(), "the secret is not one of the configured secrets", secret.masked(),
                    String.join(" or ", secrets.stream().map(c -> "the " + c.role().label() + " (" + c.secret().fingerprint() + ")").toList()),
                    "run addin:inject with the current secrets, or configure the secret this web.config holds"));
        }
    }

    /** The manifest's title against the configured one: a warning. */
    CheckResult title(AddinManifest manifest) {
        if (registration.title().isEmpty()) {
            return CheckResult.skipped("title", "manifest title matches", "no title configured");
        }
        String configured = registration.title().get().value();
        Optional<AddinManifest.Value> title = manifest.title();
        List<Problem> problems = new ArrayList<>();
        if (title.isEmpty() || !title.get().value().equals(configured)) {
            // with no Title, the line of <App>: the declaration's line 1 would point nowhere useful
            int line = title.map(AddinManifest.Value::line).orElse(manifest.xml().line(manifest.xml().root()));
            String where = manifest.file() + ":" + line + " Properties/Title";
            problems.add(Problem.warning(where, "the manifest's title differs from the configured one",
                    title.map(t -> quoted(t.value())).orElse("no title"), quoted(configured),
                    "correct the Title in AppManifest.xml, or the title parameter"));
        }
        return CheckResult.ran("title", "manifest title matches", "", problems);
    }

    /** High-trust certificate keys left in a low-trust web.config: a warning. */
    CheckResult highTrust(Optional<WebConfig> web) {
        if (web.isEmpty()) {
            return CheckResult.skipped("no-high-trust-keys", "no high-trust signing keys", NO_WEB_CONFIG);
        }
        List<Problem> problems = new ArrayList<>();
        for (String key : HIGH_TRUST_KEYS) {
            for (WebConfig.Value value : web.get().effective(key).stream().toList()) {
                if (value.value().filter(v -> !v.isEmpty()).isPresent()) {
                    problems.add(Problem.warning(where(value),
                            "a high-trust signing key is left in a web.config that ships", null,
                            "no " + key + " in a low-trust (client secret) add-in",
                            "remove the entry, or empty its value; a certificate path or password should not ship"));
                }
            }
        }
        return CheckResult.ran("no-high-trust-keys", "no high-trust signing keys", "", problems);
    }

    /**
     * For a configured secondary client secret: each SharePoint {@code TokenHelper.cs} below the source web.config's
     * folder that never reads {@code SecondaryClientSecret}: a warning, as the rotation would silently not work.
     */
    CheckResult tokenHelpers(Path sourceWebConfig, AddinFileReader reader) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (Path file : TokenHelpers.withoutSecondarySecret(sourceWebConfig.toAbsolutePath().normalize().getParent())) {
            problems.add(Problem.warning(reader.name(file), "this TokenHelper never reads SecondaryClientSecret, so the"
                    + " add-in would not use the secondary client secret", null, "a TokenHelper.cs that reads"
                    + " SecondaryClientSecret and tries it when ClientSecret is refused, as Visual Studio's current one does",
                    "update TokenHelper.cs as Microsoft's article \"Replace an expiring client secret in a SharePoint Add-in\""
                            + " shows, before the client secret ends"));
        }
        return CheckResult.ran("token-helper", "TokenHelper.cs reads the secondary client secret", "", problems);
    }

    /** The publish transforms beside the source web.config must leave the registration as inject set it: warnings. */
    CheckResult publishTransforms(Optional<WebConfig> web, Path sourceWebConfig, AddinFileReader reader) throws IOException {
        if (web.isEmpty()) {
            return CheckResult.skipped("publish-transforms", "no publish transform changes the registration", NO_WEB_CONFIG);
        }
        return CheckResult.ran("publish-transforms", "no publish transform changes the registration", "",
                PublishTransforms.of(sourceWebConfig, reader));
    }

    /**
     * The one value .NET reads for a key; a key set twice in one file, a missing or empty value, and an entry a
     * later {@code remove} or {@code clear} deletes are problems.
     */
    static Optional<Found> single(WebConfig web, String key, List<Problem> problems) {
        for (WebConfig.Part part : web.parts()) {
            List<AppSettings.Entry> adds = part.settings().repeated(key);
            if (!adds.isEmpty()) {
                problems.add(Problem.error(part.settings().file() + ":" + String.join(" and ", adds.stream()
                        .map(e -> String.valueOf(e.line())).toList()) + " appSettings \"" + key + "\"", "the key is set " + adds.size()
                        + " times", null, "one <add key=\"" + key + "\"> entry", "remove all but one; .NET would use the last one silently"));
                return Optional.empty();
            }
        }
        Optional<WebConfig.Value> value = web.effective(key);
        Optional<WebConfig.Deleted> deleted = web.deleted(key);
        if (deleted.isPresent()) {
            WebConfig.Deleted entry = deleted.get();
            problems.add(Problem.error(entry.add().where() + " appSettings \"" + key + "\"", "the entry is deleted by "
                    + entry.by().tag() + " at " + entry.by().where() + ", so .NET reads no " + key, null,
                    "<add key=\"" + key + "\" value=\"...\" /> that nothing after it deletes", "remove the " + entry.by().tag()
                            + ", or run addin:inject, which sets " + key + " where .NET reads it"));
            return Optional.empty();
        }
        if (value.isEmpty() || value.get().value().orElse("").isEmpty()) {
            AppSettings section = web.parts().get(0).settings();
            String where = value.map(FileChecks::where).orElse(section.file() + ":" + section.line() + " appSettings \"" + key + "\"");
            problems.add(Problem.error(where, value.isEmpty() ? "the key is missing" : "the value is empty", null,
                    "<add key=\"" + key + "\" value=\"...\" />", "run addin:inject before addin:verify, and ship its output"));
            return Optional.empty();
        }
        return Optional.of(new Found(where(value.get()), value.get().value().get()));
    }

    /** Where .NET reads a value: the file and line of its entry, and the entry of another file it overrides. */
    static String where(WebConfig.Value value) {
        String where = value.add().where() + " appSettings \"" + value.key() + "\"";
        return value.overridden().stream().filter(entry -> !entry.file().equals(value.add().file())).reduce((a, b) -> b)
                .map(entry -> where + " (overriding " + entry.where() + ")").orElse(where);
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
