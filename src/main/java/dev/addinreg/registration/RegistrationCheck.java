package dev.addinreg.registration;

import static dev.addinreg.registration.InvalidValueException.quoted;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the registration values a user configured, all of them, and reports every problem at
 * once. Values that pass become a {@link Registration}.
 */
public final class RegistrationCheck {

    private RegistrationCheck() {
    }

    /**
     * The registration built from the values that passed, and every problem found.
     *
     * @param today the day expiry was measured from
     */
    public record Result(Registration registration, Findings findings, LocalDate today) {
    }

    public static Result check(RegistrationInput input) {
        Findings findings = new Findings();
        LocalDate today = input.today();
        Optional<ClientId> clientId = single("client ID", input.clientId().stream().filter(Setting::isPresent).toList(),
                Setting::value, Setting::origin, setting -> InvalidValueException.quoted(setting.value()), findings)
                .flatMap(s -> parse(s, ClientId::parse, findings));
        Optional<AppDomain> appDomain = present(input.appDomain()).flatMap(s -> parse(s, AppDomain::parse, findings));
        Optional<RedirectUri> redirectUri = present(input.redirectUri()).flatMap(s -> parse(s, RedirectUri::parse, findings));
        Optional<AddinTitle> title = present(input.title()).flatMap(s -> parse(s, AddinTitle::parse, findings));
        if (input.expiryWarningDays() < 0) {
            findings.add(Problem.error("expiryWarningDays", "the warning window is negative",
                    String.valueOf(input.expiryWarningDays()), "0 or more days", "use the default, 30, as Microsoft advises"));
        }
        if (input.highTrust().issuerId().isPresent()) {
            // a high-trust add-in uses no client secret: one configured anyway gets a warning, not the secrets' checks
            List<SecretSetting> secrets = new ArrayList<>(input.primarySecret());
            secrets.addAll(input.secondarySecret());
            Optional<HighTrust> highTrust = HighTrustCheck.check(input.highTrust(), secrets, input.clock().instant(),
                    input.expiryWarningDays(), findings);
            Optional<AddinVersion> version = version(input, findings);
            return new Result(new Registration(clientId, appDomain, redirectUri, title, Optional.empty(), Optional.empty(),
                    version, highTrust), findings, today);
        }
        Optional<ConfiguredSecret> primary = secret(SecretRole.PRIMARY, input.primarySecret(), input.primaryExpires(),
                input.primaryStarts(), input.expiryWarningDays(), today, findings);
        Optional<ConfiguredSecret> secondary = secret(SecretRole.SECONDARY, input.secondarySecret(), input.secondaryExpires(),
                input.secondaryStarts(), input.expiryWarningDays(), today, findings);
        if (secondary.isPresent() && primary.isEmpty() && input.primarySecret().stream().noneMatch(SecretSetting::isPresent)) {
            findings.add(Problem.error(secondary.get().origin(), "a secondary client secret is set without a client secret",
                    null, "a client secret whenever a secondary one is set",
                    "set the client secret; the secondary one only serves while the primary is being rotated"));
        }
        if (primary.isPresent() && secondary.isPresent() && primary.get().secret().sameValueAs(secondary.get().secret())) {
            findings.add(Problem.warning(secondary.get().origin(), "the secondary client secret equals the client secret",
                    secondary.get().secret().masked(), "a different secret, or none",
                    "during a rotation the secondary is the old secret; outside one, remove the secondary"));
        }
        // a certificate without an issuer ID is a problem, and still a low-trust add-in
        HighTrustCheck.check(input.highTrust(), List.of(), input.clock().instant(), input.expiryWarningDays(), findings);
        Optional<AddinVersion> version = version(input, findings);
        return new Result(new Registration(clientId, appDomain, redirectUri, title, primary, secondary, version), findings, today);
    }

    /**
     * The add-in version with the build number in its fourth part. A build number needs a version to fill: alone it is
     * a problem, never applied to whatever version the manifest happens to hold.
     */
    private static Optional<AddinVersion> version(RegistrationInput input, Findings findings) {
        Optional<AddinVersion> version = present(input.addinVersion()).flatMap(s -> parse(s, AddinVersion::parse, findings));
        Optional<Integer> buildNumber = present(input.buildNumber()).flatMap(s -> parse(s, AddinVersion::buildNumber, findings));
        if (input.buildNumber().isPresent() && !input.addinVersion().isPresent()) {
            findings.add(Problem.error(input.buildNumber().origin(), "a build number is set without an add-in version",
                    quoted(input.buildNumber().value()), "addinVersion set too: the build number fills its fourth part",
                    "set addinVersion, such as <addinVersion>${project.version}</addinVersion>, or leave buildNumber unset"));
        }
        // a build number given but refused leaves no version: none is ever set without its build number
        return input.buildNumber().isPresent() ? buildNumber.flatMap(number -> version.map(v -> v.withRevision(number))) : version;
    }

    /** A problem for each required value that is missing. */
    public static void requireClientIdAndDomain(Result result, RegistrationInput input) {
        if (result.registration().clientId().isEmpty() && input.clientId().stream().noneMatch(Setting::isPresent)) {
            result.findings().add(Problem.error(origins(input.clientId()), "no client ID is configured", null,
                    "the client ID AppRegNew.aspx gave for this add-in",
                    input.clientId().isEmpty() ? "set the client ID" : "set it as " + input.clientId().get(0).origin()));
        }
        if (result.registration().appDomain().isEmpty() && !input.appDomain().isPresent()) {
            result.findings().add(Problem.error(input.appDomain().origin(), "no add-in domain is configured", null,
                    "the host of the remote web application, such as addin.contoso.com",
                    "set it as " + input.appDomain().origin()));
        }
    }

    private static Optional<ConfiguredSecret> secret(SecretRole role, List<SecretSetting> sources, Setting expires,
            Setting starts, int warningDays, LocalDate today, Findings findings) {
        Optional<SecretSetting> source = single(role.label(), sources.stream().filter(SecretSetting::isPresent).toList(),
                SecretSetting::value, SecretSetting::origin, setting -> setting.value().fingerprint(), findings);
        Optional<ClientSecret> secret = source.flatMap(s -> clientSecret(s, findings));
        Optional<LocalDate> end = present(expires).flatMap(s -> date(s, findings));
        String where = source.map(SecretSetting::origin).orElse(expires.origin());
        if (source.isPresent() && end.isEmpty() && !expires.isPresent()) {
            findings.add(Problem.warning(expires.origin(), "no end date is recorded for the " + role.label(), null,
                    "the date the secret ends, such as 2027-06-30",
                    "record the end date AppRegNew.aspx or Get-MsolServicePrincipalCredential shows, so the build warns before it ends"));
        }
        end.ifPresent(date -> expiry(role, secret.map(ClientSecret::fingerprint).orElse(null), date, expires.origin(), warningDays,
                today, findings));
        LocalDateTime start = present(starts).flatMap(s -> startTime(s, findings)).orElse(null);
        return secret.map(value -> new ConfiguredSecret(role, value, end.orElse(null), where, start));
    }

    private static void expiry(SecretRole role, String fingerprint, LocalDate end, String where, int warningDays, LocalDate today,
            Findings findings) {
        long daysLeft = ChronoUnit.DAYS.between(today, end);
        String name = "the " + role.label() + (fingerprint == null ? "" : " (" + fingerprint + ")");
        if (daysLeft <= 0 && role == SecretRole.SECONDARY) {
            long ago = -daysLeft;
            findings.add(Problem.warning(where, name + " has ended",
                    "end date " + end + " (" + (ago == 0 ? "today" : ago + (ago == 1 ? " day" : " days") + " ago") + ")",
                    "a secondary secret that is still valid, or none",
                    "the rotation is over: remove the secondary client secret and its end date"));
        } else if (daysLeft <= 0) {
            long ago = -daysLeft;
            findings.add(Problem.error(where, name + " has expired",
                    "end date " + end + " (" + (ago == 0 ? "today" : ago + (ago == 1 ? " day" : " days") + " ago") + ")",
                    "an end date after today, " + today,
                    "generate a new secret for this client ID, configure it with its end date, and redeploy the add-in"));
        } else if (daysLeft <= warningDays) {
            findings.add(Problem.warning(where, name + " expires in " + daysLeft + (daysLeft == 1 ? " day" : " days"),
                    "end date " + end, "more than " + warningDays + " days left (expiryWarningDays)",
                    "add a new secret now: make it the client secret and keep this one as the secondary client secret until it ends"));
        }
    }

    /** A start: an ISO date (its first moment) or an ISO date and time. */
    private static Optional<LocalDateTime> startTime(Setting setting, Findings findings) {
        String value = setting.value().strip();
        try {
            return Optional.of(value.contains("T") ? LocalDateTime.parse(value) : LocalDate.parse(value).atStartOfDay());
        } catch (DateTimeParseException e) {
            findings.add(Problem.error(setting.origin(), "the start is not a date", quoted(setting.value()),
                    "an ISO date such as 2026-06-01, or a date and time such as 2026-06-01T14:30", "write it as year-month-day"));
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(Setting setting, Findings findings) {
        try {
            return Optional.of(LocalDate.parse(setting.value().strip()));
        } catch (DateTimeParseException e) {
            findings.add(Problem.error(setting.origin(), "the end date is not a date", quoted(setting.value()),
                    "an ISO date such as 2027-06-30", "write the date as year-month-day"));
            return Optional.empty();
        }
    }

    /**
     * The one value the sources that gave one agree on. Sources that disagree are a problem naming them, each
     * value shown as {@code shown} shows it (a secret by its fingerprint).
     */
    static <S> Optional<S> single(String what, List<S> given, Function<S, Object> value, Function<S, String> origin,
            Function<S, String> shown, Findings findings) {
        if (given.isEmpty()) {
            return Optional.empty();
        }
        S first = given.get(0);
        Optional<S> other = given.stream().filter(s -> !value.apply(s).equals(value.apply(first))).findFirst();
        if (other.isPresent()) {
            findings.add(Problem.error(origin.apply(first) + " and " + origin.apply(other.get()),
                    "two sources give different values for the " + what,
                    shown.apply(first) + " and " + shown.apply(other.get()), "one value, or sources that agree",
                    "give the " + what + " in one place only, or make both the same"));
            return Optional.empty();
        }
        return Optional.of(first);
    }

    private static Optional<ClientSecret> clientSecret(SecretSetting setting, Findings findings) {
        try {
            return Optional.of(ClientSecret.parse(setting.value().reveal()));
        } catch (InvalidValueException e) {
            findings.add(e.at(Severity.ERROR, setting.origin()));
            return Optional.empty();
        }
    }

    private static Optional<Setting> present(Setting setting) {
        return setting.isPresent() ? Optional.of(setting) : Optional.empty();
    }

    static <T> Optional<T> parse(Setting setting, Function<String, T> factory, Findings findings) {
        try {
            return Optional.of(factory.apply(setting.value()));
        } catch (InvalidValueException e) {
            findings.add(e.at(Severity.ERROR, setting.origin()));
            return Optional.empty();
        }
    }

    private static String origins(List<Setting> settings) {
        return settings.stream().map(Setting::origin).reduce((a, b) -> a + " or " + b).orElse("client ID");
    }
}
