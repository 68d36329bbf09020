package dev.addinreg.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The site's FAQ and the ITs hold each other: each {@code [ERROR]}/{@code [WARNING]} line the FAQ quotes is asserted by
 * an IT, and each message an IT asserts is quoted in the FAQ. The ITs compute their dates from the day they run
 * ({@code ItDates}), so dates count as equal wherever they stand; any other value a script computes (the plugin's
 * version, an absolute path) may be anything in the FAQ's line.
 */
class FaqTest {

    private static final Path FAQ = Path.of("src/site/markdown/faq.md");

    /** Where an expected line holds a value its script computes (the plugin's version, a path outside the project). */
    private static final String COMPUTED = "\u0000";

    /**
     * The lines Maven itself writes around a failed goal: none is the plugin's message. The plugin's message is in
     * the one "Failed to execute goal" line, and in the numbered findings after it.
     */
    private static final List<String> MAVENS_OWN = List.of("[ERROR] -> [Help ", "[ERROR] [Help ", "[ERROR] Re-run Maven ",
            "[ERROR] To see the full stack trace ", "[ERROR] For more information about the errors ");

    /** A finding: {@code [ERROR]   1. where: what. Found ...; expected .... Fix: ...}, or a {@code [WARNING]} one. */
    private static final Pattern FINDING = Pattern
            .compile("\\[(?:ERROR\\] {3}\\d+\\.|WARNING\\]) (?<where>.+?): (?<what>.+?)\\. (?:Found .*; expected|Expected) .*\\. Fix: .*");

    /** The line Maven writes when a goal fails, holding the plugin's message. */
    private static final Pattern GOAL_FAILURE = Pattern.compile(
            "\\[ERROR\\] Failed to execute goal \\S+ \\([^)]*\\) on project [^:]+: (?<message>.+?)(?: -> \\[Help 1\\])?");

    @Test
    void everyMessageInTheFaqIsOneAnItChecks() throws IOException {
        // given: the whole lines the ITs' verify.groovy scripts expect, where a value the script computes may be anything
        List<Pattern> checked = itScripts().values().stream().flatMap(script -> expectedLines(script).stream())
                .map(line -> Pattern.compile(Stream.of(line.split(COMPUTED, -1)).map(Pattern::quote)
                        .collect(Collectors.joining(".+?"))))
                .toList();
        List<String> quoted = faqLines();
        assertTrue(quoted.size() > 25, "messages in the FAQ: " + quoted.size());

        // then
        List<String> unchecked = quoted.stream().filter(l -> checked.stream().noneMatch(p -> p.matcher(l).matches())).toList();
        assertEquals(List.of(), unchecked);
    }

    @Test
    void everyMessageAnItChecksIsInTheFaq() throws IOException {
        // given: the messages of the [ERROR] and [WARNING] lines the ITs expect, each with one line that shows it
        Map<String, String> checked = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        itScripts().forEach((it, script) -> expectedLines(script).forEach(line -> {
            if (MAVENS_OWN.stream().anyMatch(line::startsWith) || line.isBlank() || line.equals("[ERROR]")) {
                return;
            }
            String message = message(line);
            if (message == null) {
                unknown.add(it + ": " + line);
            } else {
                checked.putIfAbsent(message, it + ": " + line.replace(COMPUTED, "…"));
            }
        }));
        assertEquals(List.of(), unknown, "[ERROR] lines that are neither a finding, a goal's failure nor Maven's own");
        assertTrue(checked.size() > 80, "messages the ITs check: " + checked.size());

        // when
        Set<String> inTheFaq = faqLines().stream().map(FaqTest::message).collect(Collectors.toSet());

        // then
        List<String> missing = checked.entrySet().stream().filter(e -> !inTheFaq.contains(e.getKey()))
                .map(e -> e.getKey() + "\n    as in " + e.getValue()).toList();
        assertEquals("", String.join("\n", missing), "messages an IT checks that the FAQ does not quote");
    }

    /**
     * What identifies a message: a finding's <i>what</i>, or the plugin's part of any other line up to its fix, with
     * the values that change from one build to the next made generic ({@link #generic}); {@code null} for an
     * {@code [ERROR]} line that is neither a finding nor a goal's failure.
     */
    private static String message(String line) {
        line = line.replace(COMPUTED, "<value>");
        Matcher finding = FINDING.matcher(line);
        if (finding.matches()) {
            return generic(finding.group("what"));
        }
        Matcher goal = GOAL_FAILURE.matcher(line);
        if (goal.matches()) {
            return generic(goal.group("message").split(" Fix: ")[0]);
        }
        if (line.startsWith("[WARNING] ")) {
            return generic(line.substring("[WARNING] ".length()).split(" Fix: ")[0]);
        }
        return null;
    }

    /**
     * The text with what differs between two builds that meet the same problem made generic: paths, fingerprints,
     * execution ids, quoted values, the registration's appSettings keys, which part of a version, numbers.
     */
    private static String generic(String text) {
        return anyDate(text).replaceAll("sha256:[0-9a-f]{8}", "sha256:<fingerprint>")
                .replaceAll("\\(execution [^)]+\\)", "(execution <id>)")
                .replaceAll("(?:[A-Za-z]:\\\\|/)?(?:[\\w.-]+[/\\\\])+[\\w.-]+(?:!/[\\w./-]+)?(?::\\d+)*", "<value>")
                .replaceAll("\"[^\"]*\"", "\"<value>\"")
                .replaceAll("\\b(?:Secondary)?ClientSecret\\b|\\bClientId\\b|\\bIssuerId\\b|\\bClientSigningCertificate\\w+", "<key>")
                .replaceAll("\\b(?:first|second|third|fourth) part\\b", "<nth> part")
                .replaceAll("\\d+ problems?", "<n> problems").replaceAll("\\d+", "<n>");
    }

    /** The lines the FAQ quotes from a build log, with any date as {@code <date>}. */
    private static List<String> faqLines() {
        return read(FAQ).lines().filter(l -> l.startsWith("[ERROR]") || l.startsWith("[WARNING]")).map(FaqTest::anyDate)
                .toList();
    }

    /** Each IT's verify.groovy, by the IT's name. */
    private static Map<String, String> itScripts() throws IOException {
        try (Stream<Path> scripts = Files.walk(Path.of("src/it"))) {
            return scripts.filter(p -> p.getFileName().toString().equals("verify.groovy")).sorted()
                    .collect(Collectors.toMap(p -> p.getParent().getFileName().toString(), FaqTest::read, (a, b) -> a,
                            LinkedHashMap::new));
        }
    }

    /**
     * The {@code [ERROR]} and {@code [WARNING]} lines a script expects in the log: the Groovy string literals that start
     * with one (comment lines left out), unescaped, with {@code 'a' + 'b'} joined and any value the script computes between two literals (a date
     * as {@code <date>}, anything else as {@link #COMPUTED}). A literal given to {@code assertNoLine} is a line that must
     * not be there.
     */
    private static List<String> expectedLines(String script) {
        String joined = anyDate(script.replaceAll("(?m)^\\s*//.*$", "")).replaceAll("'\\s*\\+\\s*[^'+]+?\\s*\\+\\s*'", COMPUTED).replaceAll("'\\s*\\+\\s*'", "")
                .replaceAll("assertNoLine\\(\\w+, '(?:[^'\\\\]|\\\\.)*'\\)", "");
        Matcher literal = Pattern.compile("'(\\[(?:ERROR|WARNING)\\](?:[^'\\\\]|\\\\.)*)'").matcher(joined);
        List<String> lines = new ArrayList<>();
        while (literal.find()) {
            lines.add(literal.group(1).replaceAll("\\\\(.)", "$1"));
        }
        return lines;
    }

    /** The text with every date, and every date a script computes ({@code ItDates}, {@code ItCertificates}), as {@code <date>}. */
    private static String anyDate(String text) {
        return text.replaceAll("' \\+ (day\\(context.userProperties, -?\\d+\\)|context.userProperties\\[ItDates\\.\\w+\\]|instant\\(-?\\d+\\)) \\+ '",
                "<date>").replaceAll("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}Z)?)?", "<date>");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
