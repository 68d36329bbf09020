package dev.addinreg.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2024-01-02T03:04:05Z"));

    @TempDir
    Path dir;

    private final AtomicWriter writer = new AtomicWriter(new FileLocks());

    @Test
    void writesANewFileCreatingItsFolders() throws IOException {
        // given
        Path source = Files.write(dir.resolve("Web.config"), new byte[] {1});
        Path target = dir.resolve("out/web/Web.config");

        // when
        boolean written = writer.write(target, new byte[] {1, 2, 3}, source);

        // then
        assertTrue(written);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of("Web.config"), names(target.getParent()), "no temporary file is left");
    }

    @Test
    void temporaryFilesAKilledBuildLeftAreRemovedEvenWhenNothingIsWritten() throws IOException {
        // given the target is up to date, beside what a killed build left and files that only look alike
        Path target = Files.write(dir.resolve("Web.config"), new byte[] {1, 2, 3});
        Files.write(dir.resolve(".Web.config.8224579845151254043.tmp"), new byte[] {1, 2});
        Files.write(dir.resolve(".Web.config.1.tmp"), new byte[] {1});
        Files.write(dir.resolve(".Web.config.backup.tmp"), new byte[] {9});
        Files.write(dir.resolve(".Web.config.12.tmp.keep"), new byte[] {9});
        Files.write(dir.resolve(".Other.config.12.tmp"), new byte[] {9});

        // when
        boolean written = writer.write(target, new byte[] {1, 2, 3}, target);
        writer.copy(target, dir.resolve("Copy.config"));

        // then
        assertFalse(written);
        assertEquals(List.of(".Other.config.12.tmp", ".Web.config.12.tmp.keep", ".Web.config.backup.tmp", "Copy.config", "Web.config"),
                names(dir));
    }

    @Test
    void sameContentIsNotRewritten() throws IOException {
        // given
        Path target = Files.write(dir.resolve("Web.config"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(target, LONG_AGO);

        // when
        boolean written = writer.write(target, new byte[] {1, 2, 3}, target);

        // then
        assertFalse(written);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(target));
    }

    @Test
    void aLargeFileThatDiffersOnlyInItsLastChunkIsRewritten() throws IOException {
        // given: larger than one comparison chunk, the difference in the last byte
        byte[] old = new byte[200_000];
        byte[] content = old.clone();
        content[content.length - 1] = 1;
        Path target = Files.write(dir.resolve("Web.config"), old);
        Files.setLastModifiedTime(target, LONG_AGO);

        // when
        boolean unchanged = !writer.write(target, old, target);
        boolean written = writer.write(target, content, target);

        // then
        assertTrue(unchanged);
        assertTrue(written);
        assertArrayEquals(content, Files.readAllBytes(target));
    }

    @Test
    void aWriterThatDoesNotFlushWritesAndSkipsAlike() throws IOException {
        // given
        AtomicWriter buildOutput = new AtomicWriter(new FileLocks(), false);
        Path source = Files.write(dir.resolve("Web.config"), new byte[] {1});
        Path target = dir.resolve("out/web/Web.config");

        // when
        boolean first = buildOutput.write(target, new byte[] {1, 2, 3}, source);
        boolean second = buildOutput.write(target, new byte[] {1, 2, 3}, source);
        boolean copied = buildOutput.copy(source, dir.resolve("out/web/Copy.config"));

        // then
        assertTrue(first);
        assertFalse(second);
        assertTrue(copied);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of("Copy.config", "Web.config"), names(target.getParent()), "no temporary file is left");
    }

    @Test
    void otherContentReplacesTheFile() throws IOException {
        // given
        Path target = Files.write(dir.resolve("Web.config"), new byte[] {1, 2, 3});

        // when
        boolean written = writer.write(target, new byte[] {1, 2, 4}, target);

        // then
        assertTrue(written);
        assertArrayEquals(new byte[] {1, 2, 4}, Files.readAllBytes(target));
        assertEquals(List.of("Web.config"), names(dir));
    }

    @Test
    void writtenFileGetsTheSourcesPermissions() throws IOException {
        // given
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "a POSIX file system");
        Path source = Files.write(dir.resolve("Web.config"), new byte[] {1});
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-rw----"));

        // when
        writer.write(dir.resolve("out/Web.config"), new byte[] {2}, source);

        // then
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/Web.config"))));
    }

    @Test
    void withoutASourceTheFileIsReadableByAll() throws IOException {
        // given
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "a POSIX file system");

        // when
        writer.write(dir.resolve("out/report.json"), new byte[] {2}, null);

        // then: not the 0600 of Files.createTempFile
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out/report.json"))));
    }

    @Test
    void copiesOnlyWhenTheBytesDiffer() throws IOException {
        // given
        Path source = Files.write(dir.resolve("AppIcon.png"), new byte[] {9, 8, 7});
        Path target = dir.resolve("out/package/Images/AppIcon.png");

        // when
        boolean first = writer.copy(source, target);
        Files.setLastModifiedTime(target, LONG_AGO);
        boolean second = writer.copy(source, target);
        Files.write(source, new byte[] {9, 8, 6});
        boolean third = writer.copy(source, target);

        // then
        assertTrue(first);
        assertFalse(second);
        assertTrue(third);
        assertArrayEquals(new byte[] {9, 8, 6}, Files.readAllBytes(target));
        assertEquals(List.of("AppIcon.png"), names(target.getParent()));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
