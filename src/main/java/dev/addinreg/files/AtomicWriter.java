package dev.addinreg.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a file so that a build killed at any moment leaves the old file or the new one, never part
 * of one: a temporary file in the same folder, given the source's permissions, then an atomic move. A
 * file whose content would not change is not written at all.
 */
public final class AtomicWriter {
    private static final int MOVE_ATTEMPTS = 5;
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final long MOVE_RETRY_MILLIS = 100;
    private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private final FileLocks locks;

    public AtomicWriter(FileLocks locks) {
        this.locks = locks;
    }

    /**
     * Writes {@code content} to {@code target} unless it already holds exactly that.
     *
     * @param permissionsFrom the file whose permissions the target gets (its source)
     * @return whether the file was written
     */
    public boolean write(Path target, byte[] content, Path permissionsFrom) throws IOException {
        return locks.locked(target, () -> {
            removeStaleTemporaries(target);
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            replace(target, permissionsFrom, temporary -> {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    out.write(content);
                }
            });
            return true;
        });
    }

    /**
     * Copies {@code source} to {@code target} unless the target already holds the same bytes.
     *
     * @return whether the file was written
     */
    public boolean copy(Path source, Path target) throws IOException {
        return locks.locked(target, () -> {
            removeStaleTemporaries(target);
            if (Files.isRegularFile(target) && Files.mismatch(source, target) == -1) {
                return false;
            }
            replace(target, source, temporary -> {
                try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(temporary)) {
                    in.transferTo(out);
                }
            });
            return true;
        });
    }

    /**
     * The folder that keeps {@code target} from being written, if any: the nearest existing folder above
     * it when that is not a folder this process may write. Lets a caller check every target before it
     * writes any, so that one read-only folder does not leave half of the outputs written.
     */
    public static Optional<Path> unwritableFolder(Path target) {
        Path folder = target.toAbsolutePath().normalize().getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || (Files.isDirectory(folder) && Files.isWritable(folder))) {
            return Optional.empty();
        }
        return Optional.of(folder);
    }

    /**
     * Deletes the temporary files a killed build left beside {@code target} (named as {@link #replace} names
     * them: {@code .<name>.<digits>.tmp}); they may hold a secret. Runs under the target's lock, so no write of
     * this build is under way for it.
     */
    private static void removeStaleTemporaries(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, file -> isTemporaryOf(file.getFileName().toString(), prefix))) {
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static boolean isTemporaryOf(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(TEMPORARY_SUFFIX) || name.length() <= prefix.length() + TEMPORARY_SUFFIX.length()) {
            return false;
        }
        return name.substring(prefix.length(), name.length() - TEMPORARY_SUFFIX.length()).chars().allMatch(Character::isDigit);
    }

    @FunctionalInterface
    private interface Filler {
        void fill(Path temporary) throws IOException;
    }

    private static void replace(Path target, Path permissionsFrom, Filler filler) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
        try {
            filler.fill(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            copyPermissions(permissionsFrom, temporary);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = from != null && Files.exists(from)
                ? Files.getPosixFilePermissions(from) : DEFAULT_PERMISSIONS;
        view.setPermissions(permissions);
    }

    /** Windows can refuse a move while another process holds the target open; retry briefly. */
    private static void move(Path temporary, Path target) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (AccessDeniedException e) {
                if (attempt == MOVE_ATTEMPTS) {
                    throw e;
                }
            } catch (FileSystemException e) {
                if (attempt == MOVE_ATTEMPTS || e.getClass() != FileSystemException.class) {
                    throw e;
                }
            }
            try {
                Thread.sleep(MOVE_RETRY_MILLIS * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while replacing " + target, e);
            }
        }
    }
}
