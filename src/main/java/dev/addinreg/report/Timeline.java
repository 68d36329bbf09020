package dev.addinreg.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.addinreg.verify.ReportData;

/**
 * The secrets of a {@code registration-report.json} on a timeline, as inline SVG for the registration page: one bar
 * per secret from its start (or the left edge) to its end date, and one for a high-trust add-in's signing certificate
 * from its NotBefore to its NotAfter day, coloured by state, the report's day marked as today and the warning window
 * ({@code expiryWarningDays}) after it shaded. The SVG carries its own style, so it
 * looks the same in any site skin, and loads nothing. It shows fingerprints and dates, never a secret; every value
 * is escaped.
 */
public final class Timeline {

    /** Width of the timeline, in SVG units; the SVG scales to the page. */
    static final int WIDTH = 960;
    private static final int LABEL_WIDTH = 300;
    private static final int RIGHT_MARGIN = 20;
    private static final int AXIS_HEIGHT = 34;
    private static final int ROW_HEIGHT = 34;
    private static final int BAR_HEIGHT = 18;

    private final LocalDate from;
    private final LocalDate to;

    private Timeline(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /**
     * One bar: a secret or the signing certificate.
     *
     * @param kind the bar's class: {@code secret-bar} or {@code certificate-bar}
     * @param label what the bar is, such as {@code ClientSecret}
     * @param id what tells it apart, shown beside the label and as the data attribute {@code idName}
     * @param start its first day, or {@code null} when not recorded
     * @param end its last day, or {@code null} when not recorded
     */
    private record Bar(String kind, String label, String idName, String id, LocalDate start, LocalDate end, Long daysLeft,
            String state) {
        static Bar of(ReportData.Secret secret) {
            return new Bar("secret-bar", secret.key(), "fingerprint", secret.fingerprint(), day(secret.startDate()),
                    secret.endDate(), secret.daysLeft(), secret.state());
        }

        static Bar of(ReportData.Certificate certificate) {
            return new Bar("certificate-bar", "Signing certificate", "serial", certificate.serialNumber(),
                    day(certificate.notBefore()), day(certificate.notAfter()), certificate.daysLeft(), certificate.state());
        }
    }

    /** Whether the report has anything to draw: a secret or a signing certificate. */
    public static boolean hasBars(ReportData report) {
        return !report.secrets().isEmpty() || report.certificate() != null;
    }

    /** The timeline of the report's secrets and signing certificate: an {@code <svg>} element, its style inside it. */
    public static String svg(ReportData report) {
        LocalDate today = report.date();
        int warningDays = report.expiryWarningDays() == null ? 0 : report.expiryWarningDays();
        List<Bar> bars = new ArrayList<>(report.secrets().stream().map(Bar::of).toList());
        if (report.certificate() != null) {
            bars.add(Bar.of(report.certificate()));
        }
        LocalDate from = today.minusDays(60);
        LocalDate to = today.plusDays(warningDays + 60L);
        for (Bar bar : bars) {
            if (bar.start() != null && bar.start().isBefore(from)) {
                from = bar.start().minusDays(15);
            }
            if (bar.end() != null && bar.end().isBefore(from)) {
                from = bar.end().minusDays(15);
            }
            if (bar.end() != null && bar.end().isAfter(to)) {
                to = bar.end().plusDays(30);
            }
        }
        Timeline timeline = new Timeline(from, to);
        int height = AXIS_HEIGHT + ROW_HEIGHT * bars.size() + 26;
        StringBuilder out = new StringBuilder();
        out.append("<svg id=\"timeline\" class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"Secrets from ").append(from).append(" to ")
                .append(to).append(", today ").append(today).append("\">\n").append("<style>").append(STYLE).append("</style>\n");
        int top = AXIS_HEIGHT;
        int bottom = AXIS_HEIGHT + ROW_HEIGHT * bars.size();
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
        for (int i = 0; i < bars.size(); i++) {
            timeline.bar(out, bars.get(i), AXIS_HEIGHT + ROW_HEIGHT * i);
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

    private void bar(StringBuilder out, Bar bar, int rowTop) {
        LocalDate start = bar.start();
        double x1 = start == null ? LABEL_WIDTH : x(start);
        double x2 = bar.end() == null ? WIDTH - RIGHT_MARGIN : x(bar.end());
        double y = rowTop + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
        String state = esc(bar.state());
        out.append("<g class=\"").append(bar.kind()).append(" state-").append(state).append("\" data-").append(bar.idName())
                .append("=\"").append(esc(bar.id())).append("\" data-state=\"").append(state).append("\">");
        out.append("<text class=\"bar-label\" x=\"8\" y=\"").append(f(y + 13)).append("\">").append(esc(bar.label()))
                .append(" <tspan class=\"fp\">").append(esc(bar.id())).append("</tspan></text>");
        out.append("<rect class=\"bar").append(start == null ? " open-start" : "").append(bar.end() == null ? " open-end" : "")
                .append("\" x=\"").append(f(x1)).append("\" y=\"").append(f(y)).append("\" width=\"").append(f(Math.max(2, x2 - x1)))
                .append("\" height=\"").append(BAR_HEIGHT).append("\" rx=\"3\"><title>").append(esc(bar.label())).append(' ')
                .append(esc(bar.id())).append(": ").append(esc(describe(bar))).append("</title></rect>");
        String text = describe(bar);
        boolean after = x2 + 8 + 7 * text.length() < WIDTH;
        out.append("<text class=\"bar-text\" x=\"").append(f(after ? x2 + 6 : x2 - 6)).append("\" y=\"").append(f(y + 13))
                .append("\" text-anchor=\"").append(after ? "start" : "end").append("\">").append(esc(text)).append("</text>");
        out.append("</g>\n");
    }

    private static String describe(Bar bar) {
        if (bar.end() == null) {
            return "no end date recorded";
        }
        if ("not-yet-valid".equals(bar.state()) && bar.start() != null) {
            return "not yet valid, starts " + bar.start();
        }
        long days = bar.daysLeft() == null ? 0 : bar.daysLeft();
        if (days > 0) {
            return bar.state() + ", ends " + bar.end() + " (" + days + (days == 1 ? " day left)" : " days left)");
        }
        if (days == 0 && !"expired".equals(bar.state())) {
            // a certificate ends at a moment of its last day, and is valid until then
            return bar.state() + ", ends today " + bar.end();
        }
        return bar.state() + ", ended " + bar.end() + " (" + -days + (days == -1 ? " day ago)" : " days ago)");
    }

    /** The day a date, or date and time (ISO), starts with; {@code null} when there is none. */
    private static LocalDate day(String dateOrDateTime) {
        if (dateOrDateTime == null || dateOrDateTime.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(dateOrDateTime.substring(0, 10));
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

    /** The text escaped for SVG element content and quoted attribute values. */
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

    private static final String STYLE = """
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
            .timeline .state-not-yet-valid .bar { fill: #5b6b8c; }
            .timeline .open-start, .timeline .open-end { fill-opacity: 0.55; }
            """;
}
