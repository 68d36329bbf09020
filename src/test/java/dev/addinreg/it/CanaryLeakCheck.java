package dev.addinreg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Runs after the ITs (surefire execution {@code canary-leak-check}): every IT ran with the canary
 * secret, and no IT's {@code build.log} may hold it, at any log level.
 */
class CanaryLeakCheck {

    @Test
    void noBuildLogHoldsTheCanarySecret() throws IOException {
        Path itDirectory = Path.of(System.getProperty("it.directory"));
        String canary = System.getProperty("it.canary.secret");
        List<Path> logs;
        try (Stream<Path> files = Files.walk(itDirectory)) {
            logs = files.filter(p -> p.getFileName().toString().equals("build.log")).toList();
        }
        assertFalse(logs.isEmpty(), "no build.log under " + itDirectory + ": did the ITs run?");
        List<Path> leaking = logs.stream().filter(log -> read(log).contains(canary)).toList();
        assertEquals(List.of(), leaking, "build logs holding the canary secret");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
