package dev.addinreg.verify;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import dev.addinreg.registration.ConfiguredSecret;
import dev.addinreg.registration.Registration;

/**
 * {@code registration-report.json}: the registration, each secret's fingerprint, start, end date and days
 * left, and every check with its outcome, for a pipeline to read. Never a secret's value. Written and read
 * through Gson, field for field as {@link ReportData} holds them.
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

    /**
     * The report as JSON, on the verification's day, a signing certificate judged at {@code now}, as the checks judged it.
     *
     * @param execution the Maven execution id, which tells registrations of one build apart
     * @param strict whether warnings fail the build: then a warning makes the result "failed", as the build is
     */
    public static String json(String execution, Registration registration, Verification verification, Instant now,
            int warningDays, boolean strict) {
        return json(ReportData.of(execution, registration, verification, verification.today(), now, warningDays, strict));
    }

    /** The report as JSON, indented two spaces; {@link #parse(String)} reads it back. */
    public static String json(ReportData report) {
        return gson().toJson(report) + "\n";
    }

    /**
     * Reads {@code registration-report.json}.
     *
     * @throws IllegalArgumentException when the text is not such a report, saying why
     */
    public static ReportData parse(String json) {
        try {
            JsonElement tree = JsonParser.parseString(json);
            if (!tree.isJsonObject()) {
                throw new IllegalArgumentException("the report is not a JSON object");
            }
            JsonElement date = tree.getAsJsonObject().get("date");
            if (date == null || date.isJsonNull()) {
                throw new IllegalArgumentException("the report has no \"date\"");
            }
            return gson().fromJson(tree, ReportData.class);
        } catch (JsonParseException e) {
            // Gson's own refusals carry the parser's exception; the adapters' below say why themselves
            String reason = e.getCause() == null ? e.getMessage() : "not valid JSON (" + e.getCause().getMessage() + ")";
            throw new IllegalArgumentException(reason, e);
        }
    }

    /** Gson as the report needs it: nulls written, no HTML escaping, ISO dates, outcomes by their words. */
    private static Gson gson() {
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
                .registerTypeAdapter(LocalDate.class, new TypeAdapter<LocalDate>() {
                    @Override
                    public void write(JsonWriter out, LocalDate date) throws IOException {
                        out.value(date.toString());
                    }

                    @Override
                    public LocalDate read(JsonReader in) throws IOException {
                        String text = in.nextString();
                        try {
                            return LocalDate.parse(text);
                        } catch (DateTimeParseException e) {
                            throw new JsonParseException("\"" + text + "\" is not an ISO date");
                        }
                    }
                }.nullSafe())
                .registerTypeAdapter(Outcome.class, new TypeAdapter<Outcome>() {
                    @Override
                    public void write(JsonWriter out, Outcome outcome) throws IOException {
                        out.value(outcome.word());
                    }

                    @Override
                    public Outcome read(JsonReader in) throws IOException {
                        String word = in.nextString();
                        for (Outcome outcome : Outcome.values()) {
                            if (outcome.word().equals(word)) {
                                return outcome;
                            }
                        }
                        throw new JsonParseException("\"" + word + "\" is not an outcome; expected passed, warning, failed or skipped");
                    }
                }.nullSafe())
                .create();
    }
}
