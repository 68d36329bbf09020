package dev.addinreg.verify;

import java.time.LocalDate;
import java.util.List;

import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Registration;

/**
 * {@code registration-report.json}: the registration, each secret's fingerprint, start, end date and days
 * left, and every check with its outcome, for a pipeline to read. Never a secret's value.
 */
public final class RegistrationReport {

    private RegistrationReport() {
    }

    /** Days left below which a secret counts as expiring in the report's {@code state}. */
    public static String state(ConfiguredSecret secret, LocalDate today, int warningDays) {
        return secret.daysLeft(today).map(days -> days <= 0 ? "expired" : days <= warningDays ? "expiring" : "valid")
                .orElse("no-end-date");
    }

    /**
     * The report as JSON.
     *
     * @param execution the Maven execution id, which tells registrations of one build apart
     * @param strict whether warnings fail the build: then a warning makes the result "failed", as the build is
     */
    public static String json(String execution, Registration registration, Verification verification, LocalDate today,
            int warningDays, boolean strict) {
        return json(ReportData.of(execution, registration, verification, today, warningDays, strict));
    }

    /** The report as JSON; {@link ReportData#parse(String)} reads it back. */
    public static String json(ReportData report) {
        Json json = new Json();
        json.open();
        json.field("execution", report.execution());
        json.field("date", report.date().toString());
        json.field("result", report.result());
        json.field("hosting", report.hosting());
        json.field("clientId", report.clientId());
        json.field("appDomain", report.appDomain());
        json.field("redirectUri", report.redirectUri());
        json.array("files", report.files(), json::string);
        json.number("expiryWarningDays", report.expiryWarningDays() == null ? null : report.expiryWarningDays().longValue());
        json.array("secrets", report.secrets(), secret -> {
            json.open();
            json.field("key", secret.key());
            json.field("fingerprint", secret.fingerprint());
            json.field("source", secret.source());
            json.field("startDate", secret.startDate());
            json.field("endDate", secret.endDate() == null ? null : secret.endDate().toString());
            json.number("daysLeft", secret.daysLeft());
            json.field("state", secret.state());
            json.close();
        });
        json.array("checks", report.checks(), check -> {
            json.open();
            json.field("id", check.id());
            json.field("title", check.title());
            json.field("outcome", check.outcome().word());
            json.field("note", check.note());
            json.array("problems", check.problems(), problem -> {
                json.open();
                json.field("severity", problem.severity());
                json.field("where", problem.where());
                json.field("message", problem.message());
                json.close();
            });
            json.close();
        });
        json.close();
        return json.toString() + "\n";
    }

    /** A small JSON writer: objects, arrays, strings, numbers and null, indented two spaces. */
    private static final class Json {
        private final StringBuilder out = new StringBuilder();
        private int depth;
        private boolean first = true;

        interface Item<T> {
            void write(T item);
        }

        void open() {
            out.append('{');
            depth++;
            first = true;
        }

        void close() {
            depth--;
            newline();
            out.append('}');
            first = false;
        }

        void field(String name, String value) {
            key(name);
            string(value);
        }

        void number(String name, Long value) {
            key(name);
            out.append(value == null ? "null" : value.toString());
        }

        <T> void array(String name, List<T> items, Item<T> writer) {
            key(name);
            out.append('[');
            depth++;
            first = true;
            for (T item : items) {
                separate();
                newline();
                writer.write(item);
                first = false;
            }
            depth--;
            if (!items.isEmpty()) {
                newline();
            }
            out.append(']');
            first = false;
        }

        void string(String value) {
            if (value == null) {
                out.append("null");
                return;
            }
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }

        private void key(String name) {
            separate();
            newline();
            string(name);
            out.append(": ");
            first = false;
        }

        private void separate() {
            if (!first) {
                out.append(',');
            }
        }

        private void newline() {
            out.append('\n').append("  ".repeat(depth));
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

}
