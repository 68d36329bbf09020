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
        return parent == null ? absolute : realFolder(parent).resolve(absolute.getFileName());
    }

    /**
     * A folder's real path; for a folder not there yet (the write makes it), its nearest existing folder's
     * real path followed by the rest as named, which is what it will resolve to once made.
     */
    private Path realFolder(Path folder) {
        Path real = realFolders.get(folder);
        if (real != null) {
            return real;
        }
        Path parent = folder.getParent();
        if (parent != null && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return realFolder(parent).resolve(folder.getFileName());
        }
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            // gone or unreadable meanwhile: the path as named, resolved again next time
            return folder;
        }
        realFolders.put(folder, real);
        return real;
    }
}
