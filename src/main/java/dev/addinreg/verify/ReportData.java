package dev.addinreg.verify;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.AppDomain;
import dev.addinreg.registration.ClientId;
import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Registration;

/**
 * What {@code registration-report.json} holds, as a value: written by {@link RegistrationReport#json}, read
 * back by {@link #parse(String)} for the HTML page of {@code addin:report}. Computed from the verification in
 * one place ({@link #of}), so the JSON and the page never disagree. It holds fingerprints, never a secret.
 *
 * @param execution the Maven execution id, which tells registrations of one build apart
 * @param date the day the verification ran; days left are counted from it
 * @param result {@code passed} or {@code failed}, as the build was
 * @param hosting {@code provider-hosted}, {@code sharepoint-hosted} or {@code unknown}
 * @param clientId the configured client ID, {@code null} when none is
 * @param appDomain the configured add-in domain, or {@code null}
 * @param redirectUri the configured redirect URI, or {@code null}
 * @param files the files read, relative to the project
 * @param expiryWarningDays a secret ending within this many days warns; {@code null} in a report written
 *        before the field existed
 * @param secrets each configured secret, primary first
 * @param checks every check, in the order run
 */
public record ReportData(String execution, LocalDate date, String result, String hosting, String clientId, String appDomain,
        String redirectUri, List<String> files, Integer expiryWarningDays, List<Secret> secrets, List<Check> checks) {

    public ReportData {
        Objects.requireNonNull(date, "date");
        files = List.copyOf(files);
        secrets = List.copyOf(secrets);
        checks = List.copyOf(checks);
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
     * One check and its outcome.
     *
     * @param note why it was skipped, or {@code null}
     * @param problems what it found, as the console shows it
     */
    public record Check(String id, String title, Outcome outcome, String note, List<Finding> problems) {
        public Check {
            problems = List.copyOf(problems);
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

    /** The report of one verification. */
    public static ReportData of(String execution, Registration registration, Verification verification, LocalDate today,
            int warningDays, boolean strict) {
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
        return new ReportData(execution, today, failed ? "failed" : "passed", hosting(verification.hosting()),
                registration.clientId().map(ClientId::value).orElse(null),
                registration.appDomain().map(AppDomain::toString).orElse(null),
                registration.redirectUri().map(Object::toString).orElse(null),
                verification.files(), warningDays, secrets, checks);
    }

    /**
     * Reads {@code registration-report.json}.
     *
     * @throws IllegalArgumentException when the text is not such a report, saying where
     */
    public static ReportData parse(String json) {
        Map<String, Object> root = JsonReader.object(JsonReader.parse(json), "the report");
        List<Secret> secrets = new ArrayList<>();
        for (Object item : JsonReader.list(root, "secrets")) {
            Map<String, Object> secret = JsonReader.object(item, "a secret");
            String end = JsonReader.string(secret, "endDate");
            secrets.add(new Secret(JsonReader.string(secret, "key"), JsonReader.string(secret, "fingerprint"),
                    JsonReader.string(secret, "source"), JsonReader.string(secret, "startDate"),
                    end == null ? null : date(end), JsonReader.number(secret, "daysLeft"), JsonReader.string(secret, "state")));
        }
        List<Check> checks = new ArrayList<>();
        for (Object item : JsonReader.list(root, "checks")) {
            Map<String, Object> check = JsonReader.object(item, "a check");
            List<Finding> problems = new ArrayList<>();
            for (Object p : JsonReader.list(check, "problems")) {
                Map<String, Object> problem = JsonReader.object(p, "a problem");
                problems.add(new Finding(JsonReader.string(problem, "severity"), JsonReader.string(problem, "where"),
                        JsonReader.string(problem, "message")));
            }
            checks.add(new Check(JsonReader.string(check, "id"), JsonReader.string(check, "title"),
                    outcome(JsonReader.string(check, "outcome")), JsonReader.string(check, "note"), problems));
        }
        List<String> files = new ArrayList<>();
        for (Object file : JsonReader.list(root, "files")) {
            files.add(String.valueOf(file));
        }
        Long warningDays = JsonReader.number(root, "expiryWarningDays");
        String date = JsonReader.string(root, "date");
        if (date == null) {
            throw new IllegalArgumentException("the report has no \"date\"");
        }
        return new ReportData(JsonReader.string(root, "execution"), date(date), JsonReader.string(root, "result"),
                JsonReader.string(root, "hosting"), JsonReader.string(root, "clientId"), JsonReader.string(root, "appDomain"),
                JsonReader.string(root, "redirectUri"), files, warningDays == null ? null : Math.toIntExact(warningDays),
                secrets, checks);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not an ISO date", e);
        }
    }

    private static Outcome outcome(String word) {
        for (Outcome outcome : Outcome.values()) {
            if (outcome.word().equals(word)) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("\"" + word + "\" is not an outcome; expected passed, warning, failed or skipped");
    }

    private static String hosting(Hosting hosting) {
        return switch (hosting) {
            case PROVIDER_HOSTED -> "provider-hosted";
            case SHAREPOINT_HOSTED -> "sharepoint-hosted";
            case UNKNOWN -> "unknown";
        };
    }
}
