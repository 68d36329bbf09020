package dev.addinreg.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLocksTest {

    @TempDir
    Path dir;

    private final FileLocks locks = new FileLocks();

    @Test
    void returnsWhatTheWorkReturnsAndIsReentrant() throws IOException {
        // given
        Path file = dir.resolve("Web.config");

        // when
        String result = locks.locked(file, () -> locks.locked(file, () -> "done"));

        // then
        assertEquals("done", result);
    }

    @Test
    void twoSpellingsOfOneFileShareALock() throws Exception {
        // given one thread holds the lock of a file named through "..", another names it directly
        Files.createDirectories(dir.resolve("web"));

        // when / then
        assertShareALock(dir.resolve("web/../web/Web.config"), dir.resolve("web/Web.config"));
    }

    @Test
    void aFileInAFolderNotMadeYetIsLockedByWhereTheFolderWillBe() throws Exception {
        // given an output folder reached through a link, and one below it that the write has yet to make
        Files.createDirectories(dir.resolve("target/addin"));
        Path link = Files.createSymbolicLink(dir.resolve("out"), dir.resolve("target/addin"));

        // when / then
        assertShareALock(link.resolve("package/Part/Elements.xml"), dir.resolve("target/addin/package/Part/Elements.xml"));
    }

    private void assertShareALock(Path held, Path wanted) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean secondEntered = new AtomicBoolean();
        Thread first = new Thread(() -> run(() -> locks.locked(held, () -> {
            holding.countDown();
            await(release);
            return null;
        })));
        Thread second = new Thread(() -> run(() -> locks.locked(wanted, () -> {
            secondEntered.set(true);
            return null;
        })));

        first.start();
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        second.start();
        second.join(300);
        boolean enteredWhileHeld = secondEntered.get();
        release.countDown();
        first.join(10_000);
        second.join(10_000);

        assertFalse(enteredWhileHeld, "the second writer waited for the first");
        assertTrue(secondEntered.get());
    }

    private interface Work {
        void run() throws IOException;
    }

    private static void run(Work work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
