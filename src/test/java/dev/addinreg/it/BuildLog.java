package dev.addinreg.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the ITs' {@code verify.groovy} scripts check in a {@code build.log}: exact lines, as a user
 * sees them. Reading a log also checks that the canary secret is not in it.
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
        if (text.contains(canarySecret)) {
            throw new AssertionError("the canary secret appears in " + basedir + "/build.log");
        }
        return text.lines().collect(Collectors.toList());
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
