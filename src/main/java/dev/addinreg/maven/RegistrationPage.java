package dev.addinreg.maven;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;

import dev.addinreg.report.Timeline;
import dev.addinreg.verify.Outcome;
import dev.addinreg.verify.CheckResult;
import dev.addinreg.verify.ReportData;

/**
 * The registration page, written to the site's Doxia sink so that it sits in the site's skin: the client ID, domain
 * and redirect URI; each secret's fingerprint, source, start and end date, days left and state, under the
 * {@link Timeline} of them (inline SVG, given to the sink as raw HTML); every check with its outcome, failed ones
 * first. It shows what the report holds, which never includes a secret's value. The sink escapes text; values of
 * the report in attributes pass through {@link #token}; the timeline escapes its own.
 */
final class RegistrationPage {
    private static final String NOTE = "Made by addin:report from registration-report.json. Secrets are shown by"
            + " fingerprint (sha256: and the first 8 hex digits of their SHA-256), never by value.";

    private final Sink sink;

    private RegistrationPage(Sink sink) {
        this.sink = sink;
    }

    /** The page of one report. */
    static void render(Sink sink, ReportData report) {
        RegistrationPage page = new RegistrationPage(sink);
        page.start("Add-in registration" + (report.clientId() == null ? "" : " " + report.clientId()));
        boolean failed = "failed".equals(report.result());
        sink.paragraph(attributes("result", "result result-" + (failed ? "failed" : "passed"),
                failed ? "font-weight: bold; color: #a11212" : "font-weight: bold; color: #1b5e20"));
        sink.text((beforeVerification(report) ? "The build failed before verification" : "Verification " + report.result())
                + " on " + report.date() + " (execution ");
        page.code(report.execution());
        sink.text(")");
        sink.paragraph_();
        page.registration(report);
        page.secrets(report);
        page.checks(report);
        sink.paragraph(attributes(null, "note", null));
        sink.text(NOTE);
        sink.paragraph_();
        page.end();
    }

    /**
     * Whether the report is one that {@code validate}, {@code inject} or {@code verify} wrote when the values or the
     * files were wrong, before any check of the files could run: it holds no check but those.
     */
    static boolean beforeVerification(ReportData report) {
        return "failed".equals(report.result()) && !report.checks().isEmpty() && report.checks().stream()
                .allMatch(check -> Set.of(CheckResult.CONFIGURED_VALUES, "files-found", "inject").contains(check.id()));
    }

    /** The page when there is no report to show: where it was looked for, and how to make one. */
    static void noReport(Sink sink, String where) {
        RegistrationPage page = new RegistrationPage(sink);
        page.start("Add-in registration");
        sink.paragraph(attributes("result", "result result-missing", "font-weight: bold; color: #6d4c00"));
        sink.text("No registration report: " + where + " does not exist. Run ");
        page.code("mvn verify");
        sink.text(" (with ");
        page.code("addin:verify");
        sink.text(" configured) before ");
        page.code("mvn site");
        sink.text(", or set ");
        page.code("registrationReport");
        sink.text(" to its path.");
        sink.paragraph_();
        page.end();
    }

    private void start(String title) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("SharePoint Add-in registration");
        sink.sectionTitle1_();
    }

    private void end() {
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private void registration(ReportData report) {
        section("Registration");
        sink.definitionList();
        definition("client-id", "Client ID", report.clientId());
        if (report.issuerId() != null) {
            definition("issuer-id", "Issuer ID", report.issuerId());
        }
        definition("app-domain", "Add-in domain", report.appDomain());
        definition("redirect-uri", "Redirect URI", report.redirectUri());
        definition("hosting", "Hosting", report.hosting());
        definition("version", "Add-in version", report.version(), "not found in the manifest");
        sink.definedTerm();
        sink.text("Files verified");
        sink.definedTerm_();
        sink.definition(attributes("files", null, null));
        if (report.files().isEmpty()) {
            none("none");
        }
        for (int i = 0; i < report.files().size(); i++) {
            if (i > 0) {
                sink.lineBreak();
            }
            code(report.files().get(i));
        }
        sink.definition_();
        sink.definitionList_();
        sink.section2_();
    }

    private void definition(String id, String term, String value) {
        definition(id, term, value, "not configured");
    }

    /** A term and its value; {@code none} says why there is no value. */
    private void definition(String id, String term, String value, String none) {
        sink.definedTerm();
        sink.text(term);
        sink.definedTerm_();
        sink.definition(attributes(id, null, null));
        if (value == null) {
            none(none);
        } else {
            code(value);
        }
        sink.definition_();
    }

    private void secrets(ReportData report) {
        section(report.certificate() == null ? "Secrets" : "Secrets and signing certificate");
        if (!Timeline.hasBars(report)) {
            sink.paragraph(attributes(null, "none", null));
            sink.text(beforeVerification(report) ? "No valid secret was read." : "No secret is configured.");
            sink.paragraph_();
            sink.section2_();
            return;
        }
        sink.rawText(Timeline.svg(report));
        if (!report.secrets().isEmpty()) {
            secretsTable(report);
        }
        if (report.certificate() != null) {
            certificateTable(report.certificate());
        }
        sink.section2_();
    }

    /** The signing certificate of a high-trust add-in: what identifies it and when it is valid; it has no secret to show. */
    private void certificateTable(ReportData.Certificate certificate) {
        startTable("certificate-table", "Subject", "Serial number", "SHA-256 thumbprint", "File", "Not before", "Not after",
                "Days left", "State");
        sink.tableRow(attributes(null, "certificate state-" + token(certificate.state()), background(certificate.state())));
        cell(certificate.subject());
        sink.tableCell();
        code(certificate.serialNumber());
        sink.tableCell_();
        sink.tableCell();
        code(certificate.thumbprint());
        sink.tableCell_();
        cell(certificate.file());
        cell(certificate.notBefore());
        cell(certificate.notAfter());
        cell(Long.toString(certificate.daysLeft()));
        cell(certificate.state());
        sink.tableRow_();
        endTable();
    }

    private void secretsTable(ReportData report) {
        startTable("secrets-table", "Key", "Fingerprint", "Source", "Start", "End", "Days left", "State");
        for (ReportData.Secret secret : report.secrets()) {
            sink.tableRow(attributes(null, "secret state-" + token(secret.state()), background(secret.state())));
            cell(secret.key());
            sink.tableCell();
            code(secret.fingerprint());
            sink.tableCell_();
            cell(secret.source());
            sink.tableCell();
            if (secret.startDate() == null) {
                none("not recorded");
            } else {
                sink.text(secret.startDate());
            }
            sink.tableCell_();
            sink.tableCell();
            if (secret.endDate() == null) {
                none("not recorded");
            } else {
                sink.text(secret.endDate().toString());
            }
            sink.tableCell_();
            cell(secret.daysLeft() == null ? "" : secret.daysLeft().toString());
            cell(secret.state());
            sink.tableRow_();
        }
        endTable();
    }

    private void checks(ReportData report) {
        section("Checks");
        startTable("checks-table", "Outcome", "Check", "Found");
        for (ReportData.Check check : failedFirst(report.checks())) {
            String outcome = check.outcome().word();
            sink.tableRow(attributes(null, "check outcome-" + outcome + " check-" + token(check.id()), background(outcome)));
            cell(outcome);
            sink.tableCell();
            sink.text(check.title() + " ");
            code(check.id());
            sink.tableCell_();
            sink.tableCell();
            if (check.note() != null) {
                sink.text(check.note());
            }
            if (!check.problems().isEmpty()) {
                sink.list();
                for (ReportData.Finding problem : check.problems()) {
                    sink.listItem(attributes(null, "problem severity-" + token(problem.severity()), null));
                    sink.text(problem.message());
                    sink.listItem_();
                }
                sink.list_();
            }
            sink.tableCell_();
            sink.tableRow_();
        }
        endTable();
        sink.section2_();
    }

    /** Failed checks first, then those with warnings, then the others; in the order run within each. */
    static List<ReportData.Check> failedFirst(List<ReportData.Check> checks) {
        List<ReportData.Check> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparingInt(check -> check.outcome() == Outcome.FAILED ? 0 : check.outcome() == Outcome.WARNING ? 1 : 2));
        return sorted;
    }

    /** A light background for what needs attention: failed or expired red, warning or expiring amber. */
    private static String background(String stateOrOutcome) {
        if (stateOrOutcome == null) {
            return null;
        }
        return switch (stateOrOutcome) {
            case "failed", "expired", "not-yet-valid" -> "background-color: #fbe4e4";
            case "warning", "expiring" -> "background-color: #fff4dc";
            default -> null;
        };
    }

    private void section(String title) {
        sink.section2();
        sink.sectionTitle2();
        sink.text(title);
        sink.sectionTitle2_();
    }

    /** A table in the skin's style (Doxia's bodyTable class, which a class given here would replace), named by its id. */
    private void startTable(String id, String... headers) {
        sink.table(attributes(id, null, null));
        sink.tableRows(null, false);
        sink.tableRow();
        for (String header : headers) {
            sink.tableHeaderCell();
            sink.text(header);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    private void endTable() {
        sink.tableRows_();
        sink.table_();
    }

    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    private void code(String text) {
        sink.inline(SinkEventAttributeSet.Semantics.CODE);
        sink.text(text);
        sink.inline_();
    }

    private void none(String text) {
        sink.inline(SinkEventAttributeSet.Semantics.EMPHASIS);
        sink.text(text);
        sink.inline_();
    }

    /**
     * A value of the report as part of a class name: lowercase letters, digits and {@code -} only. The sink escapes
     * text but writes attribute values as they are, so nothing read from the file may reach one unfiltered.
     */
    static String token(String value) {
        return value == null ? "none" : value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    /** Attributes of an element: an id, a class and a style, each left out when {@code null}. */
    private static SinkEventAttributes attributes(String id, String className, String style) {
        SinkEventAttributeSet attributes = new SinkEventAttributeSet();
        if (id != null) {
            attributes.addAttribute(SinkEventAttributes.ID, id);
        }
        if (className != null) {
            attributes.addAttribute(SinkEventAttributes.CLASS, className);
        }
        if (style != null) {
            attributes.addAttribute(SinkEventAttributes.STYLE, style);
        }
        return attributes;
    }
}
