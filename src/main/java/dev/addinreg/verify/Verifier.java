package dev.addinreg.verify;

import static dev.addinreg.files.ProjectFiles.display;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.addinreg.addin.AddinManifest;
import dev.addinreg.addin.FileProblems;
import dev.addinreg.addin.AppSettings;
import dev.addinreg.apppackage.AppPackage;
import dev.addinreg.apppackage.AppPackageException;
import dev.addinreg.files.ProjectFiles;
import dev.addinreg.addin.Hosting;
import dev.addinreg.inject.RemoteAppUrl;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ClientSecret;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Findings;
import dev.addinreg.registration.InvalidValueException;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRole;
import dev.addinreg.xml.ParsedXml;
import dev.addinreg.xml.XmlFileException;
import dev.addinreg.xml.XmlTree;

/**
 * Checks the files that will ship against each other and against the configured registration: what
 * would fail at run time in SharePoint fails the build here.
 */
public final class Verifier {
    /** Keys a high-trust (certificate) add-in uses; they do not belong in a low-trust add-in that ships. */
    static final List<String> HIGH_TRUST_KEYS = List.of("ClientSigningCertificatePath", "ClientSigningCertificatePassword");

    /** What a client ID, even a malformed one, is made of; anything else is never shown. */
    private static final Pattern GUID_LIKE = Pattern.compile("[\\s{}()*0-9A-Fa-f-]{0,40}");
    private static final String NO_WEB_CONFIG = "no web.config was read";

    private final VerifyRequest request;
    private final List<CheckResult> checks = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private int scanned;

    private Verifier(VerifyRequest request) {
        this.request = request;
    }

    public static Verification verify(VerifyRequest request) throws IOException {
        return new Verifier(request).run();
    }

    private Verification run() throws IOException {
        Findings readProblems = new Findings();
        List<ParsedXml> packageFiles = new ArrayList<>();
        Optional<AddinManifest> manifest = request.appPackage() == null
                ? read(request.appManifest(), readProblems).map(xml ->
                        AddinManifest.of(xml, display(request.baseDir(), request.appManifest()), readProblems))
                : readAppPackage(readProblems, packageFiles);
        Hosting hosting = manifest.map(AddinManifest::hosting).orElse(Hosting.UNKNOWN);
        // A SharePoint-hosted add-in ships no registration: a secret's expiry, say, cannot make it fail at run time.
        checks.add(hosting == Hosting.SHAREPOINT_HOSTED
                ? CheckResult.skipped("configured-values", "configured registration values",
                        "SharePoint-hosted add-in: the registration is not used")
                : configuredValues());
        Optional<WebConfigValues> web = Optional.empty();
        if (hosting == Hosting.PROVIDER_HOSTED && request.webConfig() != null) {
            web = readWebConfig(readProblems);
        }
        if (request.appPackage() == null) {
            packageFiles = readPackage(readProblems);
        }
        checks.add(CheckResult.ran("files-readable", "files readable", String.join(", ", files), readProblems.all()));
        if (hosting == Hosting.SHAREPOINT_HOSTED) {
            checks.add(CheckResult.skipped("registration", "registration in the files",
                    "SharePoint-hosted add-in (AppPrincipal/Internal): there is nothing to verify"));
            return new Verification(hosting, files, checks);
        }
        if (manifest.isEmpty() || hosting == Hosting.UNKNOWN) {
            return new Verification(hosting, files, checks);
        }
        checks.add(clientIds(manifest.get(), web));
        checks.add(tokens(manifest.get().xml(), packageFiles));
        checks.add(endpoints(manifest.get()));
        checks.add(secrets(web));
        checks.add(title(manifest.get()));
        checks.add(highTrust(web));
        return new Verification(hosting, files, checks);
    }

    /** The configured values themselves (expiry included), and the stricter {@code failWithinDays}. */
    private CheckResult configuredValues() {
        List<Problem> problems = new ArrayList<>(request.registrationProblems());
        Integer limit = request.failWithinDays();
        if (limit != null) {
            for (ConfiguredSecret secret : secrets()) {
                secret.daysLeft(request.today()).filter(days -> days > 0 && days <= limit).ifPresent(days ->
                        problems.add(Problem.error("<failWithinDays> (-Daddin.failWithinDays)", "the " + secret.role().label()
                                + " (" + secret.secret().fingerprint() + ") ends within " + limit + " days",
                                "end date " + secret.expires() + " (" + days + (days == 1 ? " day" : " days") + " left)",
                                "more than " + limit + " days left", "rotate the secret now: make the new one the client"
                                        + " secret and keep this one as the secondary client secret until it ends")));
            }
        }
        return CheckResult.ran("configured-values", "configured registration values", "", problems);
    }

    /** The client IDs of both files: well-formed, equal to each other and to the configured one. */
    private CheckResult clientIds(AddinManifest manifest, Optional<WebConfigValues> web) {
        List<Problem> problems = new ArrayList<>();
        Optional<String> configured = request.registration().clientId().map(ClientId::value);
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
        web.ifPresent(w -> w.single("ClientId", problems).ifPresent(found::add));
        List<Found> valid = new ArrayList<>();
        for (Found value : found) {
            if (!GUID_LIKE.matcher(value.value()).matches()) {
                // not even GUID-shaped: it may be a secret under the wrong key, so it is never shown
                problems.add(Problem.error(value.where(), "the client ID is not a GUID", ClientSecret.masked(value.value()),
                        "a lowercase GUID such as 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba",
                        "put the client ID here (a value that is not GUID-shaped is hidden, in case it is a secret"
                                + " under the wrong key)"));
                continue;
            }
            try {
                ClientId.parse(value.value());
            } catch (InvalidValueException e) {
                problems.add(e.at(dev.addinreg.registration.Severity.ERROR, value.where()));
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
    private CheckResult tokens(ParsedXml manifest, List<ParsedXml> packageFiles) {
        List<Problem> problems = new ArrayList<>();
        List<ParsedXml> all = new ArrayList<>();
        all.add(manifest);
        all.addAll(packageFiles);
        String expected = request.registration().appDomain().map(d -> d.origin()).orElse("https://<add-in domain>");
        for (ParsedXml xml : all) {
            for (RemoteAppUrl.Occurrence token : RemoteAppUrl.find(xml.tree())) {
                problems.add(Problem.error(xml.source().name() + ":" + xml.tree().line(token.offset()) + " " + token.where(),
                        "~remoteAppUrl is left in a file that ships", "~remoteAppUrl", expected,
                        "run addin:inject before addin:verify, and ship its output"));
            }
        }
        return CheckResult.ran("no-remote-app-url", "no ~remoteAppUrl left", scanned + (scanned == 1 ? " file" : " files") + " scanned", problems);
    }

    /** {@code StartPage} and the event endpoints: https, on the add-in domain. */
    private CheckResult endpoints(AddinManifest manifest) {
        Optional<AppDomain> domain = request.registration().appDomain();
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
    private CheckResult secrets(Optional<WebConfigValues> web) {
        if (web.isEmpty()) {
            return CheckResult.skipped("client-secret", "web.config secrets valid and configured", NO_WEB_CONFIG);
        }
        List<Problem> problems = new ArrayList<>();
        List<ConfiguredSecret> configured = secrets();
        Optional<Found> primary = web.get().single(SecretRole.PRIMARY.appSettingKey(), problems);
        primary.ifPresent(found -> checkSecret(found, configured, problems));
        List<AppSettings.Entry> secondaryEntries = web.get().settings().entries(SecretRole.SECONDARY.appSettingKey());
        Optional<Found> secondary = secondaryEntries.isEmpty() || secondaryEntries.get(0).value().orElse("").isEmpty()
                ? Optional.empty() : web.get().single(SecretRole.SECONDARY.appSettingKey(), problems);
        secondary.ifPresent(found -> checkSecret(found, configured, problems));
        if (primary.isPresent() && secondary.isPresent() && primary.get().value().equals(secondary.get().value())) {
            problems.add(Problem.warning(secondary.get().where(), "SecondaryClientSecret equals ClientSecret",
                    ClientSecret.masked(secondary.get().value()), "a different secret, or no SecondaryClientSecret",
                    "during a rotation the secondary is the old secret; outside one, remove it"));
        }
        String note = configured.isEmpty() ? "no secret configured: checked for presence and base64 only" : "";
        return CheckResult.ran("client-secret", "web.config secrets valid and configured", note, problems);
    }

    private void checkSecret(Found found, List<ConfiguredSecret> configured, List<Problem> problems) {
        ClientSecret secret;
        try {
            secret = ClientSecret.parse(found.value());
        } catch (InvalidValueException e) {
            problems.add(e.at(dev.addinreg.registration.Severity.ERROR, found.where()));
            return;
        }
        if (!configured.isEmpty() && configured.stream().noneMatch(c -> c.secret().sameValueAs(secret))) {
            problems.add(Problem.error(found.where(), "the secret is not one of the configured secrets", secret.masked(),
                    String.join(" or ", configured.stream().map(c -> "the " + c.role().label() + " (" + c.secret().fingerprint() + ")").toList()),
                    "run addin:inject with the current secrets, or configure the secret this web.config holds"));
        }
    }

    /** The manifest's title against the configured one: a warning. */
    private CheckResult title(AddinManifest manifest) {
        if (request.registration().title().isEmpty()) {
            return CheckResult.skipped("title", "manifest title matches", "no title configured");
        }
        String configured = request.registration().title().get().value();
        Optional<AddinManifest.Value> title = manifest.title();
        List<Problem> problems = new ArrayList<>();
        if (title.isEmpty() || !title.get().value().equals(configured)) {
            // with no Title, the line of <App>: the declaration's line 1 would point nowhere useful
            int line = title.map(AddinManifest.Value::line).orElse(manifest.xml().line(manifest.xml().tree().root()));
            String where = manifest.file() + ":" + line + " Properties/Title";
            problems.add(Problem.warning(where, "the manifest's title differs from the configured one",
                    title.map(t -> quoted(t.value())).orElse("no title"), quoted(configured),
                    "correct the Title in AppManifest.xml, or the title parameter"));
        }
        return CheckResult.ran("title", "manifest title matches", "", problems);
    }

    /** High-trust certificate keys left in a low-trust web.config: a warning. */
    private CheckResult highTrust(Optional<WebConfigValues> web) {
        if (web.isEmpty()) {
            return CheckResult.skipped("no-high-trust-keys", "no high-trust signing keys", NO_WEB_CONFIG);
        }
        List<Problem> problems = new ArrayList<>();
        for (String key : HIGH_TRUST_KEYS) {
            for (AppSettings.Entry entry : web.get().settings().entries(key)) {
                if (entry.value().filter(v -> !v.isEmpty()).isPresent()) {
                    problems.add(Problem.warning(web.get().file() + ":" + entry.line() + " appSettings \"" + key + "\"",
                            "a high-trust signing key is left in a web.config that ships", null,
                            "no " + key + " in a low-trust (client secret) add-in",
                            "remove the entry, or empty its value; a certificate path or password should not ship"));
                }
            }
        }
        return CheckResult.ran("no-high-trust-keys", "no high-trust signing keys", "", problems);
    }

    /** A value found in a file, with where. */
    private record Found(String where, String value) {
    }

    /** The appSettings of the shipped web.config, or of the file its configSource names. */
    private record WebConfigValues(String file, AppSettings settings) {
        /** The one value of a key; missing, empty, duplicated or valueless entries are problems. */
        Optional<Found> single(String key, List<Problem> problems) {
            List<AppSettings.Entry> entries = settings.entries(key);
            String where = file + ":" + (entries.isEmpty() ? settings.line() : entries.get(0).line()) + " appSettings \"" + key + "\"";
            if (entries.size() > 1) {
                problems.add(Problem.error(file + ":" + String.join(" and ", entries.stream().map(e -> String.valueOf(e.line())).toList())
                        + " appSettings \"" + key + "\"", "the key is set " + entries.size() + " times", null,
                        "one <add key=\"" + key + "\"> entry", "remove all but one; .NET would use the last one silently"));
                return Optional.empty();
            }
            if (entries.isEmpty() || entries.get(0).value().orElse("").isEmpty()) {
                problems.add(Problem.error(where, entries.isEmpty() ? "the key is missing" : "the value is empty", null,
                        "<add key=\"" + key + "\" value=\"...\" />", "run addin:inject before addin:verify, and ship its output"));
                return Optional.empty();
            }
            return Optional.of(new Found(where, entries.get(0).value().get()));
        }
    }

    private Optional<WebConfigValues> readWebConfig(Findings problems) throws IOException {
        Optional<Path> webConfig = ProjectFiles.findIgnoringCase(request.webConfig());
        if (webConfig.isEmpty() && Files.exists(request.webConfig())) {
            read(request.webConfig(), problems); // a folder, say: read names the problem
            return Optional.empty();
        }
        if (webConfig.isEmpty()) {
            problems.add(Problem.error(display(request.baseDir(), request.webConfig()), "there is no web.config", null,
                    "the provider-hosted add-in's Web.config", "set webConfig, or run addin:inject first; if the web"
                            + " application keeps its settings elsewhere (ASP.NET Core's appsettings.json), set skipWebConfig"));
            return Optional.empty();
        }
        Optional<ParsedXml> xml = read(webConfig.get(), problems);
        if (xml.isEmpty()) {
            return Optional.empty();
        }
        String file = display(request.baseDir(), webConfig.get());
        XmlTree.Element top = xml.get().tree().root();
        if (!top.localName().equals("configuration")) {
            // .NET refuses such a file, as addin:inject does
            problems.add(Problem.error(file + ":" + xml.get().line(top), "the root element is <" + top.name() + ">",
                    "<" + top.name() + ">", "<configuration>, as in every web.config", "point webConfig at the web application's Web.config"));
            return Optional.empty();
        }
        Optional<AppSettings> settings = AppSettings.of(xml.get());
        if (settings.isPresent() && settings.get().configSource().isPresent()) {
            Path folder = webConfig.get().toAbsolutePath().getParent();
            Path source = folder.resolve(settings.get().configSource().get()).normalize();
            if (!source.startsWith(folder)) {
                problems.add(Problem.error(file + ":" + settings.get().line(),
                        "appSettings configSource points outside the web application's folder",
                        "configSource=\"" + settings.get().configSource().get() + "\"", "a file beside Web.config",
                        "keep the appSettings file beside Web.config, as .NET requires"));
                return Optional.empty();
            }
            Optional<ParsedXml> section = read(source, problems);
            if (section.isEmpty()) {
                return Optional.empty();
            }
            String sectionFile = display(request.baseDir(), source);
            XmlTree.Element root = section.get().tree().root();
            if (!root.localName().equals("appSettings")) {
                // .NET refuses such a file; skipping it would skip the client ID and secret checks unseen
                problems.add(Problem.error(sectionFile + ":" + section.get().line(root), "the root element is <" + root.name() + ">",
                        "<" + root.name() + ">", "<appSettings>, as in a file named by appSettings configSource",
                        "make the file hold the appSettings section itself"));
                return Optional.empty();
            }
            return AppSettings.of(section.get()).map(s -> new WebConfigValues(sectionFile, s));
        }
        if (settings.isEmpty()) {
            problems.add(Problem.error(file + ":" + xml.get().line(xml.get().tree().root()), "the web.config has no appSettings", null,
                    "appSettings with ClientId and ClientSecret", "run addin:inject before addin:verify, and ship its output"));
            return Optional.empty();
        }
        return Optional.of(new WebConfigValues(file, settings.get()));
    }

    /** The package's XML files that may hold a token (the manifest is read on its own). */
    private List<ParsedXml> readPackage(Findings problems) throws IOException {
        Path folder = request.packageDirectory();
        List<ParsedXml> parsed = new ArrayList<>();
        scanned = 1;
        if (!Files.isDirectory(folder)) {
            return parsed;
        }
        Path manifest = request.appManifest().toAbsolutePath().normalize();
        List<Path> xmlFiles;
        try (Stream<Path> walk = Files.walk(folder)) {
            xmlFiles = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(p -> !p.toAbsolutePath().normalize().equals(manifest)).sorted().toList();
        }
        scanned = xmlFiles.size() + 1;
        for (Path file : xmlFiles) {
            if (leadsOutside(file, problems)) {
                continue;
            }
            boolean mayHold;
            try {
                mayHold = RemoteAppUrl.mayHold(file);
            } catch (IOException e) {
                throw ProjectFiles.unreadable(display(request.baseDir(), file), e);
            }
            if (mayHold) {
                read(file, problems).ifPresent(parsed::add);
            }
        }
        return parsed;
    }

    /**
     * The manifest of the built package, and in {@code parts} its other XML parts that may hold a token; every
     * part is read from the package, nothing is unpacked.
     */
    private Optional<AddinManifest> readAppPackage(Findings problems, List<ParsedXml> parts) throws IOException {
        Path file = request.appPackage();
        try (AppPackage app = AppPackage.open(file, display(request.baseDir(), file))) {
            Optional<ParsedXml> manifest = parse(app.where(app.manifest()), app.read(app.manifest()), problems);
            List<String> xmlParts = app.xmlParts();
            scanned = xmlParts.size() + 1;
            for (String part : xmlParts) {
                byte[] bytes = app.read(part);
                if (RemoteAppUrl.mayHold(bytes)) {
                    parse(app.where(part), bytes, problems).ifPresent(parts::add);
                }
            }
            return manifest.map(xml -> AddinManifest.of(xml, app.where(app.manifest()), problems));
        } catch (AppPackageException e) {
            problems.add(FileProblems.unusablePackage(e, "the add-in package (.app) that will ship"));
            return Optional.empty();
        }
    }

    /** Whether a symbolic link leads {@code file} out of the project: such a file is not read. */
    private boolean leadsOutside(Path file, Findings problems) throws IOException {
        Optional<Path> real = ProjectFiles.linkOutside(request.baseDir(), file);
        real.ifPresent(path -> problems.add(FileProblems.linkOutside(display(request.baseDir(), file), path)));
        return real.isPresent();
    }

    private Optional<ParsedXml> read(Path file, Findings problems) throws IOException {
        String name = display(request.baseDir(), file);
        if (leadsOutside(file, problems)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(name, Files.exists(file) ? "this is not a regular file" : "the file does not exist", null,
                    "the add-in file that will ship", "run addin:inject first, or point the parameter at the file"));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ProjectFiles.unreadable(name, e);
        }
        return parse(name, bytes, problems);
    }

    private Optional<ParsedXml> parse(String name, byte[] bytes, Findings problems) {
        files.add(name);
        try {
            return Optional.of(ParsedXml.of(name, bytes));
        } catch (XmlFileException e) {
            problems.add(FileProblems.notWellFormed(e));
            return Optional.empty();
        }
    }

    private List<ConfiguredSecret> secrets() {
        Registration registration = request.registration();
        List<ConfiguredSecret> secrets = new ArrayList<>();
        registration.primary().ifPresent(secrets::add);
        registration.secondary().ifPresent(secrets::add);
        return secrets;
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
