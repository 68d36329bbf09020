package dev.addinreg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The core knows nothing of Maven: only the {@code maven} package imports {@code org.apache.maven}. */
class CorePackagesTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/addinreg");

    @Test
    void onlyTheMavenPackageImportsMaven() throws IOException {
        List<Path> core;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            core = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !SOURCES.relativize(p).startsWith("maven")).toList();
        }
        assertTrue(core.size() > 20, "core sources found: " + core.size());
        List<String> importingMaven = core.stream()
                .filter(p -> read(p).lines().anyMatch(l -> l.startsWith("import org.apache.maven")
                        || l.startsWith("import static org.apache.maven") || l.startsWith("import org.eclipse.aether")))
                .map(Path::toString).toList();
        assertEquals(List.of(), importingMaven);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
