package dev.addinreg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.addinreg.certificates.TestCertificates;

/**
 * Runs after the ITs (surefire execution {@code it-output-checks}): every IT ran with the canary
 * secret (and the canary certificate password in its environment), and no IT's {@code build.log} may hold either,
 * at any log level.
 */
class CanaryLeakCheck {

    /** The folders the ITs ran in: {@code it.directory}, a comma-separated list (one per Maven version run). */
    static List<Path> itDirectories() {
        return java.util.Arrays.stream(System.getProperty("it.directory").split(",")).map(String::strip).map(Path::of).toList();
    }

    @Test
    void noBuildLogHoldsTheCanarySecret() throws IOException {
        for (Path itDirectory : itDirectories()) {
            noBuildLogHoldsTheCanarySecret(itDirectory);
        }
    }

    private static void noBuildLogHoldsTheCanarySecret(Path itDirectory) throws IOException {
        String canary = System.getProperty("it.canary.secret");
        List<Path> logs;
        try (Stream<Path> files = Files.walk(itDirectory)) {
            logs = files.filter(p -> p.getFileName().toString().equals("build.log")).toList();
        }
        assertFalse(logs.isEmpty(), "no build.log under " + itDirectory + ": did the ITs run?");
        List<Path> leaking = logs.stream().filter(log -> holdsACanary(BuildLog.withoutMavenCommandLine(read(log)), canary)).toList();
        assertEquals(List.of(), leaking, "build logs holding the canary secret");
    }

    /**
     * Beyond the logs: no file the ITs leave behind holds the canary (reports included), but the ones
     * meant to: web.config inputs and outputs, every file {@code inject} writes for the web project (an
     * {@code appSettings file=} file holds the secret when it defines the key), and the IT inputs that hand
     * the secret to Maven.
     */
    @Test
    void noFileButTheIntendedOnesHoldsTheCanarySecret() throws IOException {
        for (Path itDirectory : itDirectories()) {
            noFileButTheIntendedOnesHoldsTheCanarySecret(itDirectory);
        }
    }

    private static void noFileButTheIntendedOnesHoldsTheCanarySecret(Path itDirectory) throws IOException {
        String canary = System.getProperty("it.canary.secret");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(itDirectory)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > 100, "files under " + itDirectory + ": " + files.size());
        List<Path> intended = files.stream().filter(CanaryLeakCheck::mayHoldTheSecret).toList();
        assertTrue(intended.stream().anyMatch(p -> p.toString().replace('\\', '/').contains("/target/addin/web/")),
                "an inject output web.config holds the canary, as it should");
        List<String> leaking = files.stream().filter(p -> !mayHoldTheSecret(p))
                .filter(p -> holdsACanary(BuildLog.withoutMavenCommandLine(read(p)), canary))
                .map(p -> itDirectory.relativize(p).toString()).toList();
        assertEquals(List.of(), leaking, "files holding the canary secret");
    }

    /** Whether {@code text} holds the canary secret or the canary certificate password, which every .pfx of the ITs has. */
    private static boolean holdsACanary(String text, String canarySecret) {
        return text.contains(canarySecret) || text.contains(TestCertificates.CANARY_PASSWORD);
    }

    private static boolean mayHoldTheSecret(Path file) {
        String name = file.getFileName().toString();
        if (file.toString().replace('\\', '/').contains("/target/addin/web/")) {
            return true;
        }
        // an IT's own settings (settings-it-<name>.xml: one name per IT, since the invoker writes each one's
        // interpolated copy beside the clones under its name, and ITs run in parallel) and that copy
        return name.equalsIgnoreCase("web.config") || name.matches("(interpolated-)?settings-it(-[a-z]+)?\\.xml")
                || name.equals("invoker.properties");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
