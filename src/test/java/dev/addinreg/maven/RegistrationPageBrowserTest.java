package dev.addinreg.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.addinreg.registration.ClientSecret;
import dev.addinreg.report.ReportFixtures;

/**
 * The registration page in a real browser: the page as the sink writes it (Doxia's XHTML5 sink, as inside the site's
 * skin) is rendered offline by Debian's headless Chromium, the DOM it built is checked (three secrets, each in its
 * state in the table and on the timeline; no secret value), and a screenshot is kept at
 * {@code target/registration-page/registration-page.png} for people to look at.
 *
 * <p>Without {@code /usr/bin/chromium} (or the browser named by {@code -Dchromium=...}) the test is skipped with
 * the reason, except when the environment variable {@code CI} is set: there it fails, since {@code .ci/run}
 * installs Chromium.</p>
 */
class RegistrationPageBrowserTest {
    private static final Path OUT = Path.of("target", "registration-page");
    private static Path chromium;
    private static Path page;

    @BeforeAll
    static void renderThePage() throws IOException {
        chromium = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            String why = chromium + " is not installed (apt-get install chromium), so the page is not checked in a browser";
            if (System.getenv("CI") != null) {
                throw new AssertionError(why + "; CI is set, where .ci/run installs it");
            }
            Assumptions.abort(why);
        }
        Files.createDirectories(OUT);
        page = OUT.resolve("registration-page.html").toAbsolutePath();
        Files.writeString(page, PageHtml.of(ReportFixtures.threeSecrets()), StandardCharsets.UTF_8);
    }

    @Test
    void theBrowserShowsEachSecretInItsStateAndNoSecret() throws Exception {
        // when
        String dom = chromium("--dump-dom", page.toUri().toString());

        // then: one row and one bar per secret, each in its state
        String rotated = ClientSecret.parse(ReportFixtures.ROTATED).fingerprint();
        String expired = ClientSecret.parse(ReportFixtures.EXPIRED).fingerprint();
        Map<String, String> expected = new TreeMap<>(Map.of("sha256:143c5ada", "valid", rotated, "expiring", expired, "expired"));
        assertEquals(expected, states(dom, "<tr class=\"[ab] secret state-([a-z-]+)\"[^>]*>\\s*<td>[^<]*</td>\\s*<td><code>(sha256:[0-9a-f]{8})</code>",
                2, 1));
        assertEquals(expected, states(dom, "<g class=\"secret-bar [^\"]*\" data-fingerprint=\"([^\"]+)\" data-state=\"([^\"]+)\"", 1, 2));
        assertTrue(dom.contains("<td>expired</td></tr>"), "the expired state is shown");
        assertTrue(dom.contains("<title>Add-in registration 6a3601b7-8e4a-49cc-ab6d-df5489c1b0ba</title>"), "the title is set");
        assertTrue(dom.contains(">today 2026-06-01</text>"), "today is marked");
        assertTrue(dom.contains("id=\"warning-window\""), "the warning window is drawn");
        // the canary is the client secret of this registration, and appears nowhere
        assertFalse(dom.contains(ReportFixtures.CANARY), "the canary secret is in the DOM");
        assertFalse(dom.contains(ReportFixtures.CANARY.substring(0, 12)), "a part of the canary secret is in the DOM");
        assertFalse(dom.contains(ReportFixtures.ROTATED.substring(0, 12)), "a part of a secret is in the DOM");
    }

    @Test
    void aScreenshotIsKept() throws Exception {
        // when
        Path png = OUT.resolve("registration-page.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, "--window-size=1200,900", page.toUri().toString());

        // then: a PNG of the window's size
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000, "the screenshot has " + bytes.length + " bytes");
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
        int width = java.nio.ByteBuffer.wrap(bytes, 16, 4).getInt();
        int height = java.nio.ByteBuffer.wrap(bytes, 20, 4).getInt();
        assertEquals(List.of(1200, 900), List.of(width, height));
    }

    /** Each fingerprint (group {@code fingerprint}) with its state (group {@code state}) where {@code regex} matches. */
    private static Map<String, String> states(String dom, String regex, int fingerprint, int state) {
        Map<String, String> states = new TreeMap<>();
        Matcher matcher = Pattern.compile(regex).matcher(dom);
        while (matcher.find()) {
            states.put(matcher.group(fingerprint), matcher.group(state));
        }
        return states;
    }

    /** Runs headless Chromium with a fresh profile, offline; returns what it printed. */
    private static String chromium(String... arguments) throws Exception {
        Path profile = Files.createTempDirectory("addin-chromium-");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path output = OUT.resolve("chromium-output.txt");
        Path errors = OUT.resolve("chromium-errors.txt");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish in 120 s: " + command);
            }
            assertEquals(0, process.exitValue(), () -> "chromium failed: " + read(errors));
            return read(output);
        } finally {
            deleteTree(profile);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
