package dev.addinreg.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finding and naming a project's files. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** {@code file} if it exists, else a file beside it whose name differs only in case ({@code web.config}). */
    public static Optional<Path> findIgnoringCase(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        String wanted = file.getFileName().toString();
        try (Stream<Path> siblings = Files.list(folder)) {
            return siblings.filter(p -> p.getFileName().toString().equalsIgnoreCase(wanted)).filter(Files::isRegularFile)
                    .sorted().findFirst();
        }
    }

    /** How messages name a file: relative to the project folder when inside it, with forward slashes. */
    public static String display(Path baseDir, Path file) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
