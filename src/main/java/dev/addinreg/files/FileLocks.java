package dev.addinreg.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per file, so that two modules of a parallel build ({@code mvn -T}) that name the same file
 * write it one after the other. Share one instance across a build.
 */
public final class FileLocks {
    private final ConcurrentHashMap<Path, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** Folders resolved to their real paths: resolving walks every link of the path, once per folder is enough. */
    private final ConcurrentHashMap<Path, Path> realFolders = new ConcurrentHashMap<>();

    /** Work on a file that may be touched by another thread of this build. */
    @FunctionalInterface
    public interface FileWork<T> {
        T run() throws IOException;
    }

    public <T> T locked(Path file, FileWork<T> work) throws IOException {
        Path key = canonical(file);
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }

    private Path canonical(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            return absolute;
        }
        Path real = realFolders.get(parent);
        if (real == null) {
            try {
                real = parent.toRealPath();
            } catch (IOException e) {
                // not there yet: the path as given, and resolved again next time
                return absolute;
            }
            realFolders.put(parent, real);
        }
        return real.resolve(absolute.getFileName());
    }
}
