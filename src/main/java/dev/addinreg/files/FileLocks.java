package dev.addinreg.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per file, so that two modules of a parallel build ({@code mvn -T}) that name the same file
 * write it one after the other. Share one instance across a build.
 */
public final class FileLocks {
    private final ConcurrentHashMap<Path, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** Work on a file that may be touched by another thread of this build. */
    @FunctionalInterface
    public interface FileWork<T> {
        T run() throws IOException;
    }

    public <T> T locked(Path file, FileWork<T> work) throws IOException {
        ReentrantLock lock = locks.computeIfAbsent(canonical(file), k -> new ReentrantLock());
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The path two names of one file share: the real path of its nearest existing folder (links resolved),
     * followed by the rest as named, which is what it resolves to once the write has made the folders.
     */
    private static Path canonical(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path existing = absolute.getParent();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            // a link to nowhere, or a folder gone meanwhile: the path as named
            return absolute;
        }
    }
}
