package dev.addinreg.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.addinreg.verify.Outcome;
import dev.addinreg.verify.ReportData;

/**
 * The registration as one HTML page, from the data of {@code registration-report.json}: the client ID, domain
 * and redirect URI; each secret's fingerprint, start and end date and days left, drawn as a timeline (inline
 * SVG) with the report's day marked and the warning window shaded; every check with its outcome, failed ones
 * first. The page stands alone: its style is inline, and it loads no script, font, style sheet or image, so it
 * works offline. It shows what the report holds, which never includes a secret's value; every value is escaped.
 */
public final class RegistrationPage {

    /** Width of the timeline, in SVG units; the SVG scales to the page. */
    static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 300;
    private static final int RIGHT_MARGIN = 20;
    private static final int AXIS_HEIGHT = 34;
    private static final int ROW_HEIGHT = 34;
    private static final int BAR_HEIGHT = 18;

    private RegistrationPage() {
    }

    /** The whole page for one report. */
    public static String html(ReportData report) {
        StringBuilder out = new StringBuilder();
        head(out, "Add-in registration" + (report.clientId() == null ? "" : " " + report.clientId()));
        out.append("<h1>SharePoint Add-in registration</h1>\n");
        boolean failed = "failed".equals(report.result());
        out.append("<p id=\"result\" class=\"result ").append(failed ? "result-failed" : "result-passed").append("\">")
                .append("Verification ").append(esc(report.result())).append(" on ").append(report.date())
                .append(" (execution <code>").append(esc(report.execution())).append("</code>)</p>\n");
        registration(out, report);
        secrets(out, report);
        checks(out, report);
        out.append("<p class=\"note\">Made by addin:report from registration-report.json. Secrets are shown by fingerprint"
                + " (sha256: and the first 8 hex digits of their SHA-256), never by value.</p>\n");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** The page when there is no report to show: where it was looked for, and how to make it. */
    public static String noReport(String where) {
        StringBuilder out = new StringBuilder();
        head(out, "Add-in registration");
        out.append("<h1>SharePoint Add-in registration</h1>\n");
        out.append("<p id=\"result\" class=\"result result-missing\">No registration report: ").append(esc(where))
                .append(" does not exist. Run <code>mvn verify</code> (with <code>addin:verify</code> configured) before"
                        + " <code>mvn site</code>, or set <code>registrationReport</code> to its path.</p>\n");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void head(StringBuilder out, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<main class=\"addin-report\">\n");
    }

    private static void registration(StringBuilder out, ReportData report) {
        out.append("<section id=\"registration\">\n<h2>Registration</h2>\n<dl>\n");
        definition(out, "client-id", "Client ID", report.clientId());
        definition(out, "app-domain", "Add-in domain", report.appDomain());
        definition(out, "redirect-uri", "Redirect URI", report.redirectUri());
        definition(out, "hosting", "Hosting", report.hosting());
        definition(out, "version", "Add-in version", report.version(), "not found in the manifest");
        out.append("<dt>Files verified</dt><dd id=\"files\">");
        if (report.files().isEmpty()) {
            out.append("<span class=\"none\">none</span>");
        }
        for (int i = 0; i < report.files().size(); i++) {
            out.append(i == 0 ? "" : "<br>").append("<code>").append(esc(report.files().get(i))).append("</code>");
        }
        out.append("</dd>\n</dl>\n</section>\n");
    }

    private static void definition(StringBuilder out, String id, String term, String value) {
        definition(out, id, term, value, "not configured");
    }

    /** A term and its value; {@code none} says why there is no value. */
    private static void definition(StringBuilder out, String id, String term, String value, String none) {
        out.append("<dt>").append(term).append("</dt><dd id=\"").append(id).append("\">")
                .append(value == null ? "<span class=\"none\">" + none + "</span>" : "<code>" + esc(value) + "</code>")
                .append("</dd>\n");
    }

    private static void secrets(StringBuilder out, ReportData report) {
        out.append("<section id=\"secrets\">\n<h2>Secrets</h2>\n");
        if (report.secrets().isEmpty()) {
            out.append("<p class=\"none\">No secret is configured.</p>\n</section>\n");
            return;
        }
        out.append(Timeline.svg(report));
        out.append("<table class=\"secrets\">\n<thead><tr><th>Key</th><th>Fingerprint</th><th>Source</th><th>Start</th>"
                + "<th>End</th><th>Days left</th><th>State</th></tr></thead>\n<tbody>\n");
        for (ReportData.Secret secret : report.secrets()) {
            out.append("<tr class=\"secret state-").append(esc(secret.state())).append("\" data-key=\"").append(esc(secret.key()))
                    .append("\" data-fingerprint=\"").append(esc(secret.fingerprint())).append("\" data-state=\"")
                    .append(esc(secret.state())).append("\">")
                    .append("<td>").append(esc(secret.key())).append("</td>")
                    .append("<td><code>").append(esc(secret.fingerprint())).append("</code></td>")
                    .append("<td>").append(esc(secret.source())).append("</td>")
                    .append("<td class=\"date\">").append(orNone(secret.startDate(), "not recorded")).append("</td>")
                    .append("<td class=\"date\">").append(orNone(secret.endDate() == null ? null : secret.endDate().toString(), "not recorded"))
                    .append("</td>")
                    .append("<td class=\"days\">").append(secret.daysLeft() == null ? "" : secret.daysLeft().toString()).append("</td>")
                    .append("<td class=\"state\"><span class=\"badge\">").append(esc(secret.state())).append("</span></td>")
                    .append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void checks(StringBuilder out, ReportData report) {
        out.append("<section id=\"checks\">\n<h2>Checks</h2>\n");
        List<ReportData.Check> checks = failedFirst(report.checks());
        out.append("<table class=\"checks\">\n<thead><tr><th>Outcome</th><th>Check</th><th>Found</th></tr></thead>\n<tbody>\n");
        for (ReportData.Check check : checks) {
            String outcome = check.outcome().word();
            out.append("<tr class=\"check outcome-").append(outcome).append("\" data-id=\"").append(esc(check.id()))
                    .append("\" data-outcome=\"").append(outcome).append("\">")
                    .append("<td class=\"outcome\"><span class=\"badge\">").append(outcome).append("</span></td>")
                    .append("<td>").append(esc(check.title())).append(" <span class=\"id\">").append(esc(check.id()))
                    .append("</span></td><td>");
            if (check.note() != null) {
                out.append("<p class=\"check-note\">").append(esc(check.note())).append("</p>");
            }
            if (!check.problems().isEmpty()) {
                out.append("<ul>");
                for (ReportData.Finding problem : check.problems()) {
                    out.append("<li class=\"problem severity-").append(esc(problem.severity())).append("\">")
                            .append(esc(problem.message())).append("</li>");
                }
                out.append("</ul>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** Failed checks first, then those with warnings, then the others; in the order run within each. */
    static List<ReportData.Check> failedFirst(List<ReportData.Check> checks) {
        List<ReportData.Check> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparingInt(check -> check.outcome() == Outcome.FAILED ? 0 : check.outcome() == Outcome.WARNING ? 1 : 2));
        return sorted;
    }

    private static String orNone(String value, String none) {
        return value == null ? "<span class=\"none\">" + none + "</span>" : esc(value);
    }

    /** The text escaped for HTML element content and quoted attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append("&#xfffd;");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The secrets' timeline as inline SVG. */
    static final class Timeline {
        private final LocalDate from;
        private final LocalDate to;

        private Timeline(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        static String svg(ReportData report) {
            LocalDate today = report.date();
            int warningDays = report.expiryWarningDays() == null ? 0 : report.expiryWarningDays();
            LocalDate from = today.minusDays(60);
            LocalDate to = today.plusDays(warningDays + 60L);
            for (ReportData.Secret secret : report.secrets()) {
                LocalDate start = start(secret);
                if (start != null && start.isBefore(from)) {
                    from = start.minusDays(15);
                }
                if (secret.endDate() != null && secret.endDate().isBefore(from)) {
                    from = secret.endDate().minusDays(15);
                }
                if (secret.endDate() != null && secret.endDate().isAfter(to)) {
                    to = secret.endDate().plusDays(30);
                }
            }
            Timeline timeline = new Timeline(from, to);
            int height = AXIS_HEIGHT + ROW_HEIGHT * report.secrets().size() + 26;
            StringBuilder out = new StringBuilder();
            out.append("<svg id=\"timeline\" class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                    .append(' ').append(height).append("\" role=\"img\" aria-label=\"Secrets from ").append(from).append(" to ")
                    .append(to).append(", today ").append(today).append("\">\n");
            int top = AXIS_HEIGHT;
            int bottom = AXIS_HEIGHT + ROW_HEIGHT * report.secrets().size();
            if (warningDays > 0) {
                double x1 = timeline.x(today);
                double x2 = timeline.x(today.plusDays(warningDays));
                out.append("<rect id=\"warning-window\" class=\"warning-window\" x=\"").append(f(x1)).append("\" y=\"").append(top)
                        .append("\" width=\"").append(f(x2 - x1)).append("\" height=\"").append(bottom - top).append("\">")
                        .append("<title>warning window: secrets ending within ").append(warningDays)
                        .append(" days (expiryWarningDays)</title></rect>\n");
                out.append("<text class=\"legend\" x=\"").append(f(x1 + 4)).append("\" y=\"").append(bottom + 16)
                        .append("\">warning window, ").append(warningDays).append(" days</text>\n");
            }
            timeline.axis(out, top, bottom);
            for (int i = 0; i < report.secrets().size(); i++) {
                timeline.bar(out, report.secrets().get(i), AXIS_HEIGHT + ROW_HEIGHT * i);
            }
            double now = timeline.x(today);
            out.append("<line id=\"today\" class=\"today\" x1=\"").append(f(now)).append("\" y1=\"").append(top - 6)
                    .append("\" x2=\"").append(f(now)).append("\" y2=\"").append(bottom + 4).append("\"/>\n");
            out.append("<text class=\"today-label\" x=\"").append(f(now - 4)).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"end\">today ").append(today).append("</text>\n");
            out.append("</svg>\n");
            return out.toString();
        }

        private void axis(StringBuilder out, int top, int bottom) {
            long months = ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1));
            int step = months <= 18 ? 1 : months <= 48 ? 3 : 12;
            LocalDate tick = from.withDayOfMonth(1).plusMonths(1);
            if (step == 12) {
                tick = from.withDayOfYear(1).plusYears(1);
            }
            while (step != 1 && step != 12 && (tick.getMonthValue() - 1) % step != 0) {
                tick = tick.plusMonths(1);
            }
            for (; !tick.isAfter(to); tick = tick.plusMonths(step)) {
                double x = x(tick);
                out.append("<line class=\"tick\" x1=\"").append(f(x)).append("\" y1=\"").append(top - 4).append("\" x2=\"")
                        .append(f(x)).append("\" y2=\"").append(bottom).append("\"/>");
                String label = step == 12 ? String.valueOf(tick.getYear())
                        : String.format(Locale.ROOT, "%d-%02d", tick.getYear(), tick.getMonthValue());
                out.append("<text class=\"tick-label\" x=\"").append(f(x)).append("\" y=\"").append(top - 10)
                        .append("\" text-anchor=\"middle\">").append(label).append("</text>\n");
            }
        }

        private void bar(StringBuilder out, ReportData.Secret secret, int rowTop) {
            LocalDate start = start(secret);
            double x1 = start == null ? LABEL_WIDTH : x(start);
            double x2 = secret.endDate() == null ? WIDTH - RIGHT_MARGIN : x(secret.endDate());
            double y = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
            String state = esc(secret.state());
            out.append("<g class=\"secret-bar state-").append(state).append("\" data-fingerprint=\"").append(esc(secret.fingerprint()))
                    .append("\" data-state=\"").append(state).append("\">");
            out.append("<text class=\"bar-label\" x=\"8\" y=\"").append(f(y + 13)).append("\">").append(esc(secret.key()))
                    .append(" <tspan class=\"fp\">").append(esc(secret.fingerprint())).append("</tspan></text>");
            out.append("<rect class=\"bar").append(start == null ? " open-start" : "").append(secret.endDate() == null ? " open-end" : "")
                    .append("\" x=\"").append(f(x1)).append("\" y=\"").append(f(y)).append("\" width=\"").append(f(Math.max(2, x2 - x1)))
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"3\"><title>").append(esc(secret.key())).append(' ')
                    .append(esc(secret.fingerprint())).append(": ").append(esc(describe(secret))).append("</title></rect>");
            String text = describe(secret);
            boolean after = x2 + 8 + 7 * text.length() < WIDTH;
            out.append("<text class=\"bar-text\" x=\"").append(f(after ? x2 + 6 : x2 - 6)).append("\" y=\"").append(f(y + 13))
                    .append("\" text-anchor=\"").append(after ? "start" : "end").append("\">").append(esc(text)).append("</text>");
            out.append("</g>\n");
        }

        private static String describe(ReportData.Secret secret) {
            if (secret.endDate() == null) {
                return "no end date recorded";
            }
            long days = secret.daysLeft() == null ? 0 : secret.daysLeft();
            return secret.state() + ", " + (days > 0 ? "ends " + secret.endDate() + " (" + days + (days == 1 ? " day left)" : " days left)")
                    : "ended " + secret.endDate() + " (" + -days + (days == -1 ? " day ago)" : " days ago)"));
        }

        private static LocalDate start(ReportData.Secret secret) {
            if (secret.startDate() == null || secret.startDate().length() < 10) {
                return null;
            }
            try {
                return LocalDate.parse(secret.startDate().substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }

        private double x(LocalDate day) {
            long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            double fraction = (double) ChronoUnit.DAYS.between(from, day) / span;
            return LABEL_WIDTH + Math.max(0, Math.min(1, fraction)) * (WIDTH - LABEL_WIDTH - RIGHT_MARGIN);
        }

        private static String f(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }

    private static final String STYLE = """
            body { margin: 0; background: #f6f7f9; color: #1d2430; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            .addin-report { max-width: 1100px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 24px; margin: 0 0 12px; }
            h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 1px solid #d5d9e0; padding-bottom: 4px; }
            code { font: 13px ui-monospace, "Cascadia Mono", Consolas, monospace; }
            .result { padding: 10px 14px; border-radius: 6px; font-weight: 600; }
            .result-passed { background: #e3f3e5; color: #1b5e20; }
            .result-failed { background: #fbe4e4; color: #a11212; }
            .result-missing { background: #fff4dc; color: #6d4c00; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
            dt { font-weight: 600; }
            dd { margin: 0; }
            .none { color: #6b7280; font-style: italic; }
            table { border-collapse: collapse; width: 100%; background: #fff; margin-top: 10px; }
            th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #e3e6eb; vertical-align: top; }
            th { background: #eef0f4; font-size: 13px; }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; font-weight: 600; color: #fff; background: #6b7280; }
            .state-valid .badge, .outcome-passed .badge { background: #2e7d32; }
            .state-expiring .badge, .outcome-warning .badge { background: #b26a00; }
            .state-expired .badge, .outcome-failed .badge { background: #c62828; }
            .state-no-end-date .badge, .outcome-skipped .badge { background: #6b7280; }
            .outcome-failed { background: #fff5f5; }
            .outcome-warning { background: #fffaf0; }
            .date, .days { white-space: nowrap; }
            .id { color: #6b7280; font-size: 12px; }
            .check-note { margin: 0; color: #4b5563; }
            td ul { margin: 0; padding-left: 18px; }
            .severity-error { color: #a11212; }
            .severity-warning { color: #8a5300; }
            .timeline { width: 100%; height: auto; background: #fff; border: 1px solid #e3e6eb; border-radius: 6px; }
            .timeline text { font: 12px system-ui, sans-serif; fill: #1d2430; }
            .timeline .tick { stroke: #e3e6eb; }
            .timeline .tick-label { fill: #6b7280; }
            .timeline .warning-window { fill: #ffb300; fill-opacity: 0.22; }
            .timeline .legend { fill: #8a5300; }
            .timeline .today { stroke: #1d4ed8; stroke-width: 2; }
            .timeline .today-label { fill: #1d4ed8; font-weight: 600; }
            .timeline .fp { fill: #6b7280; }
            .timeline .state-valid .bar { fill: #2e7d32; }
            .timeline .state-expiring .bar { fill: #e69000; }
            .timeline .state-expired .bar { fill: #c62828; }
            .timeline .state-no-end-date .bar { fill: #9ca3af; }
            .timeline .open-start, .timeline .open-end { fill-opacity: 0.55; }
            .note { color: #6b7280; font-size: 13px; margin-top: 24px; }
            """;
}
