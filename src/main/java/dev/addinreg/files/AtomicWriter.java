package dev.addinreg.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a build killed at any moment leaves the old file or the new one, never part
 * of one: a temporary file in the same folder, given the source's permissions, then an atomic move. A
 * file whose content would not change is not written at all.
 *
 * <p>A durable writer also flushes the temporary file to the disk (fsync) before the move, so that even a
 * power loss cannot leave an empty file: worth its cost (milliseconds per file) for the sources that an
 * in-place edit rewrites, not for the copies under {@code target/} that the next build writes again.
 */
public final class AtomicWriter {
    private static final int MOVE_ATTEMPTS = 5;
    private static final long MOVE_RETRY_MILLIS = 100;
    private static final String TEMPORARY_SUFFIX = ".tmp";
    private static final Set<PosixFilePermission> DEFAULT_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private final FileLocks locks;
    private final boolean durable;

    /** A durable writer: every file is flushed to the disk before it replaces the old one. */
    public AtomicWriter(FileLocks locks) {
        this(locks, true);
    }

    /**
     * @param durable whether each file is flushed to the disk (fsync) before it replaces the old one; a
     *     build killed mid-write leaves the old file or the new one either way
     */
    public AtomicWriter(FileLocks locks, boolean durable) {
        this.locks = locks;
        this.durable = durable;
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
            if (holds(target, content)) {
                return false;
            }
            replace(target, permissionsFrom, out -> out.write(content));
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
            replace(target, source, out -> Files.copy(source, out));
            return true;
        });
    }

    /**
     * Finds the folder that keeps a target from being written, if any: the nearest existing folder above it
     * when that is not a folder this process may write. Lets a caller check every target before it writes
     * any, so that one read-only folder does not leave half of the outputs written.
     */
    public static Optional<Path> unwritableFolder(Path target) {
        Path folder = target.toAbsolutePath().normalize().getParent();
        while (folder != null && !Files.exists(folder)) {
            // made by the write: what counts is the folder it will be made in
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
        void fill(OutputStream temporary) throws IOException;
    }

    /** Whether {@code file} holds exactly {@code content}. */
    private static boolean holds(Path file, byte[] content) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
    }

    /**
     * Fills a new temporary file beside {@code target}, created with the permissions of
     * {@code permissionsFrom} and opened once, then moves it over {@code target}.
     */
    private void replace(Path target, Path permissionsFrom, Filler filler) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Set<PosixFilePermission> permissions = permissions(folder, permissionsFrom);
        Path temporary = null;
        boolean moved = false;
        try {
            temporary = fill(folder, target.getFileName().toString(), permissions, filler);
            if (permissions != null) {
                // the umask may have taken bits away at creation
                Files.setPosixFilePermissions(temporary, permissions);
            }
            move(temporary, target);
            moved = true;
        } finally {
            if (!moved && temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Creates {@code .name.random.tmp} in {@code folder} (never an existing file: CREATE_NEW), fills and closes it. */
    private Path fill(Path folder, String name, Set<PosixFilePermission> permissions, Filler filler) throws IOException {
        FileAttribute<?>[] attributes = permissions == null ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
        for (int attempt = 1; ; attempt++) {
            Path temporary = folder.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + TEMPORARY_SUFFIX);
            SeekableByteChannel channel;
            try {
                channel = Files.newByteChannel(temporary, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes);
            } catch (FileAlreadyExistsException e) {
                if (attempt == MOVE_ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            try (channel; OutputStream out = Channels.newOutputStream(channel)) {
                filler.fill(out);
                if (durable && channel instanceof FileChannel file) {
                    file.force(true);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return temporary;
        }
    }

    /** The permissions a new file gets: those of {@code from}, else rw-r--r--; {@code null} where the file system has none. */
    private static Set<PosixFilePermission> permissions(Path folder, Path from) throws IOException {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return null;
        }
        if (from == null) {
            return DEFAULT_PERMISSIONS;
        }
        try {
            return Files.getPosixFilePermissions(from);
        } catch (NoSuchFileException e) {
            return DEFAULT_PERMISSIONS;
        }
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
