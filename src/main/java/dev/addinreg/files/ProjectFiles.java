package dev.addinreg.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
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

    /** An I/O failure while reading a file, as one line naming the file and the fix; the cause is attached. */
    public static IOException unreadable(String name, IOException cause) {
        return new IOException(name + ": the file cannot be read (" + reason(cause)
                + "). Fix: make it readable by the user who runs Maven", cause);
    }

    /** An I/O failure while writing a file under the output folder, as one line naming the file and the fix; the cause is attached. */
    public static IOException unwritable(String name, IOException cause) {
        return new IOException(name + ": the file cannot be written (" + reason(cause)
                + "). Fix: make its folder writable by the user who runs Maven, or set outputDirectory to a folder that is", cause);
    }

    /** What went wrong in an I/O failure, in a few words, without the path the exception repeats. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
