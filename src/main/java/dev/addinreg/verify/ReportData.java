package dev.addinreg.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.HighTrust;
import dev.addinreg.registration.Registration;

/**
 * What {@code registration-report.json} holds, as a value: written by {@link RegistrationReport#json}, read
 * back by {@link RegistrationReport#parse(String)} for the HTML page of {@code addin:report}. Computed from the verification in
 * one place ({@link #of}), so the JSON and the page never disagree. It holds fingerprints, never a secret.
 *
 * @param execution the Maven execution id, which tells registrations of one build apart
 * @param date the day the verification ran; days left are counted from it
 * @param result {@code passed} or {@code failed}, as the build was
 * @param hosting {@code provider-hosted}, {@code sharepoint-hosted} or {@code unknown}
 * @param version the {@code Version} of the manifest that ships, as read (the configured one once {@code addin:inject}
 *        set it); {@code null} when the manifest has none or could not be read, and in a report written before the field
 *        existed
 * @param clientId the configured client ID, {@code null} when none is
 * @param issuerId the configured issuer ID of a high-trust add-in, or {@code null}
 * @param appDomain the configured add-in domain, or {@code null}
 * @param redirectUri the configured redirect URI, or {@code null}
 * @param files the files read, relative to the project
 * @param expiryWarningDays a secret ending within this many days warns; {@code null} in a report written
 *        before the field existed
 * @param secrets each configured secret, primary first
 * @param certificate the signing certificate of a high-trust add-in, when one was read; never its password
 * @param checks every check, in the order run
 */
public record ReportData(String execution, LocalDate date, String result, String hosting, String version, String clientId,
        String issuerId, String appDomain, String redirectUri, List<String> files, Integer expiryWarningDays, List<Secret> secrets,
        Certificate certificate, List<Check> checks) {

    public ReportData {
        Objects.requireNonNull(date, "date");
        files = files == null ? List.of() : List.copyOf(files);
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** The report of an add-in with no issuer ID and no signing certificate: a low-trust one. */
    public ReportData(String execution, LocalDate date, String result, String hosting, String version, String clientId,
            String appDomain, String redirectUri, List<String> files, Integer expiryWarningDays, List<Secret> secrets,
            List<Check> checks) {
        this(execution, date, result, hosting, version, clientId, null, appDomain, redirectUri, files, expiryWarningDays, secrets,
                null, checks);
    }

    /**
     * One secret: its {@code web.config} key and fingerprint, never its value.
     *
     * @param key {@code ClientSecret} or {@code SecondaryClientSecret}
     * @param fingerprint {@code sha256:} and 8 hex digits
     * @param source where the secret was read, such as {@code environment variable ADDIN_CLIENT_SECRET}
     * @param startDate when it was made (a date or date and time, ISO), or {@code null}
     * @param endDate when it ends, or {@code null}
     * @param daysLeft days from {@link ReportData#date} to the end date, or {@code null}
     * @param state {@code valid}, {@code expiring}, {@code expired} or {@code no-end-date}
     */
    public record Secret(String key, String fingerprint, String source, String startDate, LocalDate endDate, Long daysLeft,
            String state) {
    }

    /**
     * The signing certificate of a high-trust add-in: what identifies it and when it is valid, never its password.
     *
     * @param file the certificate file the build read, as messages name it
     * @param subject the subject, as RFC 2253 writes it
     * @param serialNumber the serial number in uppercase hex, as {@code ClientSigningCertificateSerialNumber} holds it
     * @param thumbprint the SHA-256 of the certificate, uppercase hex
     * @param notBefore the first moment it is valid (ISO-8601, UTC)
     * @param notAfter the last moment it is valid (ISO-8601, UTC)
     * @param daysLeft days from the UTC day the checks ran to the UTC day of {@code notAfter}: negative once that day has passed
     * @param state {@code valid}, {@code expiring}, {@code expired} or {@code not-yet-valid}, as the checks judged it
     */
    public record Certificate(String file, String subject, String serialNumber, String thumbprint, String notBefore, String notAfter,
            long daysLeft, String state) {
    }

    /**
     * One check and its outcome.
     *
     * @param note why it was skipped, or {@code null}
     * @param problems what it found, as the console shows it
     */
    public record Check(String id, String title, Outcome outcome, String note, List<Finding> problems) {
        public Check {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }
    }

    /**
     * One problem a check found.
     *
     * @param severity {@code error} or {@code warning}
     * @param where the parameter, or file and line
     * @param message the whole line the console shows
     */
    public record Finding(String severity, String where, String message) {
    }

    /**
     * The report of one verification on {@code today}, a signing certificate judged at the start of that day (UTC).
     */
    public static ReportData of(String execution, Registration registration, Verification verification, LocalDate today,
            int warningDays, boolean strict) {
        return of(execution, registration, verification, today, today.atStartOfDay(ZoneOffset.UTC).toInstant(), warningDays, strict);
    }

    /**
     * The report of one verification.
     *
     * @param today the report's day, from which the secrets' days left are counted
     * @param now the moment a signing certificate is judged at, as the checks judged it
     */
    public static ReportData of(String execution, Registration registration, Verification verification, LocalDate today,
            Instant now, int warningDays, boolean strict) {
        boolean failed = verification.count(Outcome.FAILED) > 0 || (strict && verification.count(Outcome.WARNING) > 0);
        List<Secret> secrets = new ArrayList<>();
        List<ConfiguredSecret> configured = new ArrayList<>();
        registration.primary().ifPresent(configured::add);
        registration.secondary().ifPresent(configured::add);
        for (ConfiguredSecret secret : configured) {
            secrets.add(new Secret(secret.role().appSettingKey(), secret.secret().fingerprint(), secret.origin(),
                    secret.startTime().map(LocalDateTime::toString).orElse(null), secret.endDate().orElse(null),
                    secret.daysLeft(today).orElse(null), RegistrationReport.state(secret, today, warningDays)));
        }
        List<Check> checks = verification.checks().stream()
                .map(check -> new Check(check.id(), check.title(), check.outcome(), check.note().isEmpty() ? null : check.note(),
                        check.problems().stream().map(problem -> new Finding(
                                problem.severity().name().toLowerCase(Locale.ROOT), problem.where(), problem.message())).toList()))
                .toList();
        Certificate certificate = registration.highTrust().flatMap(HighTrust::certificate)
                .map(read -> new Certificate(read.shownAs(), read.subject(), read.serialNumber(), read.thumbprint(),
                        read.notBefore().toString(), read.notAfter().toString(), read.daysLeft(now), read.state(now, warningDays)))
                .orElse(null);
        return new ReportData(execution, today, failed ? "failed" : "passed", hosting(verification.hosting()), verification.version(),
                registration.clientId().map(ClientId::value).orElse(null),
                registration.highTrust().map(highTrust -> highTrust.issuerId().value()).orElse(null),
                registration.appDomain().map(AppDomain::toString).orElse(null),
                registration.redirectUri().map(Object::toString).orElse(null),
                verification.files(), warningDays, secrets, certificate, checks);
    }

    private static String hosting(Hosting hosting) {
        return switch (hosting) {
            case PROVIDER_HOSTED -> "provider-hosted";
            case SHAREPOINT_HOSTED -> "sharepoint-hosted";
            case UNKNOWN -> "unknown";
        };
    }
}
