package dev.addinreg.verify;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.addinreg.addin.AddinFileReader;
import dev.addinreg.addin.AddinFiles;
import dev.addinreg.addin.AddinManifest;
import dev.addinreg.addin.Hosting;
import dev.addinreg.addin.WebConfig;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.HighTrust;
import dev.addinreg.registration.Problem;
import dev.addinreg.registration.Registration;
import dev.addinreg.registration.SecretRotation;
import dev.addinreg.xml.XmlFile;

/**
 * Checks the files that will ship against each other and against the configured registration: what
 * would fail at run time in SharePoint fails the build here.
 */
public final class Verifier {
    private static final String HIGH_TRUST = "high-trust add-in: it signs its tokens with its certificate";
    private final VerifyRequest request;
    private final LocalDateTime now;
    private final List<CheckResult> checks = new ArrayList<>();

    private Verifier(VerifyRequest request) {
        this.request = request;
        this.now = LocalDateTime.now(request.clock());
    }

    public static Verification verify(VerifyRequest request) throws IOException {
        return new Verifier(request).run();
    }

    private Verification run() throws IOException {
        AddinFiles configured = request.files();
        AddinFiles shipped = configured.shipped();
        boolean sourcesRead = !configured.inPlace() && !configured.injected();
        ShippedFiles read = new ShippedFiles(shipped);
        Optional<AddinManifest> manifest = read.manifest();
        Hosting hosting = manifest.map(AddinManifest::hosting).orElse(Hosting.UNKNOWN);
        // A SharePoint-hosted add-in ships no registration: a secret's expiry, say, cannot make it fail at run time.
        checks.add(hosting == Hosting.SHAREPOINT_HOSTED
                ? CheckResult.skipped(CheckResult.CONFIGURED_VALUES, CheckResult.CONFIGURED_VALUES_TITLE,
                        "SharePoint-hosted add-in: the registration is not used")
                : configuredValues());
        Optional<WebConfig> web = Optional.empty();
        if (hosting == Hosting.PROVIDER_HOSTED && shipped.webConfig() != null) {
            web = read.webConfig();
        }
        if (shipped.appPackage() == null) {
            read.packageFolder();
        }
        checks.add(CheckResult.ran("files-readable", "files readable", String.join(", ", read.read()), read.problems().all()));
        LocalDate today = now.toLocalDate();
        if (manifest.isEmpty() || hosting == Hosting.UNKNOWN) {
            return new Verification(hosting, read.read(), checks, today, sourcesRead, null);
        }
        // the version and ProductID identify any add-in to SharePoint, a SharePoint-hosted one too
        CheckResult identity = ManifestIdentity.check(manifest.get(), request.registration().version());
        String version = manifest.get().version().map(AddinManifest.Value::value).orElse(null);
        if (hosting == Hosting.SHAREPOINT_HOSTED) {
            checks.add(identity);
            checks.add(CheckResult.skipped("registration", "registration in the files",
                    "SharePoint-hosted add-in (AppPrincipal/Internal): there is no registration to verify"));
            return new Verification(hosting, read.read(), checks, today, sourcesRead, version);
        }
        FileChecks files = new FileChecks(request.registration());
        List<XmlFile> tokenFiles = new ArrayList<>();
        tokenFiles.add(manifest.get().xml());
        tokenFiles.addAll(read.packageFiles());
        checks.add(files.clientIds(manifest.get(), web));
        checks.add(files.tokens(tokenFiles, read.scanned()));
        checks.add(files.endpoints(manifest.get()));
        Registration registration = request.registration();
        // configured values say which kind of add-in this is; with none, the web.config does
        boolean highTrust = registration.highTrust().isPresent()
                || registration.primary().isEmpty() && web.filter(HighTrustChecks::setsIssuerId).isPresent();
        if (highTrust) {
            checks.add(CheckResult.skipped("client-secret", "web.config secrets valid and configured", HIGH_TRUST));
        } else {
            checks.add(files.secrets(web));
        }
        checks.add(files.title(manifest.get()));
        // a high-trust add-in's keys are checked instead of being warned about as leftovers
        checks.add(highTrust ? web.map(w -> HighTrustChecks.check(w, registration.highTrust()))
                .orElse(CheckResult.skipped(HighTrustChecks.ID, HighTrustChecks.TITLE, "no web.config was read")) : files.highTrust(web));
        if (configured.webConfig() != null) {
            AddinFileReader sources = new AddinFileReader(configured.baseDir());
            checks.add(files.publishTransforms(web, configured.webConfigFound(), sources));
            if (registration.secondary().isPresent()) {
                checks.add(files.tokenHelpers(configured.webConfigFound(), sources));
            }
        }
        checks.add(identity);
        return new Verification(hosting, read.read(), checks, today, sourcesRead, version);
    }

    /**
     * The configured values themselves (expiry included), a new client secret with nothing to fall back on,
     * and the stricter {@code failWithinDays}.
     */
    private CheckResult configuredValues() {
        Registration registration = request.registration();
        List<Problem> problems = new ArrayList<>(request.registrationProblems());
        problems.addAll(SecretRotation.check(registration, now, request.newSecretDelayHours()));
        Integer limit = request.failWithinDays();
        if (limit != null) {
            List<ConfiguredSecret> secrets = new ArrayList<>();
            registration.primary().ifPresent(secrets::add);
            registration.secondary().ifPresent(secrets::add);
            registration.highTrust().flatMap(HighTrust::certificate).ifPresent(certificate -> {
                Instant at = request.clock().instant();
                long days = certificate.daysLeft(at);
                if (certificate.state(at, limit).equals("expiring")) {
                    problems.add(Problem.error("<failWithinDays> (-Daddin.failWithinDays)", "the signing certificate (serial "
                            + certificate.serialNumber() + ") ends within " + limit + " days", "NotAfter " + certificate.notAfter()
                            + " (" + days + (days == 1 ? " day" : " days") + " left)", "more than " + limit + " days left",
                            "renew the certificate now: register the new one with the farm's token issuer, configure it as"
                                    + " signingCertificate and redeploy the add-in"));
                }
            });
            for (ConfiguredSecret secret : secrets) {
                secret.daysLeft(now.toLocalDate()).filter(days -> days > 0 && days <= limit).ifPresent(days ->
                        problems.add(Problem.error("<failWithinDays> (-Daddin.failWithinDays)", "the " + secret.role().label()
                                + " (" + secret.secret().fingerprint() + ") ends within " + limit + " days",
                                "end date " + secret.expires() + " (" + days + (days == 1 ? " day" : " days") + " left)",
                                "more than " + limit + " days left", "rotate the secret now: make the new one the client"
                                        + " secret and keep this one as the secondary client secret until it ends")));
            }
        }
        return CheckResult.configuredValues(problems);
    }
}
