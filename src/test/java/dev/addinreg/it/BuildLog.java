package dev.addinreg.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

import dev.addinreg.certificates.TestCertificates;

/**
 * What the ITs' {@code verify.groovy} scripts check in a {@code build.log}: exact lines, as a user
 * sees them. Reading a log also checks that neither the canary secret nor the canary certificate password is in it.
 */
public final class BuildLog {

    private BuildLog() {
    }

    /** The lines of {@code basedir/build.log}, after checking the canary secret is nowhere in them. */
    public static List<String> read(File basedir, String canarySecret) throws IOException {
        String text = Files.readString(new File(basedir, "build.log").toPath(), StandardCharsets.UTF_8);
        if (canarySecret == null || canarySecret.isEmpty()) {
            throw new AssertionError("the canary secret was not passed to the script (scriptVariables canarySecret)");
        }
        if (withoutMavenCommandLine(text).contains(canarySecret)) {
            throw new AssertionError("the canary secret appears in " + basedir + "/build.log");
        }
        if (withoutMavenCommandLine(text).contains(TestCertificates.CANARY_PASSWORD)) {
            throw new AssertionError("the canary certificate password appears in " + basedir + "/build.log");
        }
        return text.lines().collect(Collectors.toList());
    }

    /**
     * The log without Maven 4's echo of its own command line at {@code -X} ({@code Command line: ...}) when that
     * command line gives a secret with {@code -Daddin.clientSecret}: the line is Maven's, not the plugin's, and
     * it is why the plugin warns that a secret on the command line is for local trials only. An IT that gives
     * the secret so asserts the echo explicitly.
     */
    public static String withoutMavenCommandLine(String text) {
        return text.lines().filter(line -> !isMavenCommandLine(line)).collect(Collectors.joining("\n"));
    }

    public static boolean isMavenCommandLine(String line) {
        return line.startsWith("Command line: ")
                && (line.contains(" -Daddin.clientSecret=") || line.contains(" -Daddin.signingCertificatePassword="));
    }

    /** Fails unless {@code expected} is one whole line of the log. */
    public static void assertLine(List<String> log, String expected) {
        if (!log.contains(expected)) {
            throw new AssertionError("build.log has no line\n  " + expected + "\nLines that start alike:\n"
                    + log.stream().filter(l -> l.startsWith(expected.substring(0, Math.min(20, expected.length()))))
                            .map(l -> "  " + l).collect(Collectors.joining("\n")));
        }
    }

    /** Fails if any line of the log contains {@code text}. */
    public static void assertNoLine(List<String> log, String text) {
        log.stream().filter(l -> l.contains(text)).findFirst().ifPresent(l -> {
            throw new AssertionError("build.log should have no line with \"" + text + "\" but has\n  " + l);
        });
    }
}
