package dev.addinreg.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** What the ITs' {@code verify.groovy} scripts check in built add-in packages: every entry, listed and hashed. */
public final class ItPackages {

    private ItPackages() {
    }

    /**
     * Fails unless {@code output} lists the same entries as {@code input} in the same order, each with the same
     * compression method and time; the entries named by a file below {@code expectedParts} must hold that file's bytes,
     * every other entry the input's raw (still compressed) bytes. Prints the listing with each entry's SHA-256.
     */
    public static void assertSamePackageExcept(File input, File output, File expectedParts) throws IOException {
        try (ZipFile in = ZipFile.builder().setFile(input).get(); ZipFile out = ZipFile.builder().setFile(output).get()) {
            List<ZipArchiveEntry> was = Collections.list(in.getEntries());
            List<ZipArchiveEntry> is = Collections.list(out.getEntries());
            if (!names(was).equals(names(is))) {
                throw new AssertionError(output + " lists " + names(is) + " but " + input + " lists " + names(was));
            }
            for (int i = 0; i < was.size(); i++) {
                ZipArchiveEntry before = was.get(i);
                ZipArchiveEntry after = is.get(i);
                String name = before.getName();
                check(before.getMethod() == after.getMethod(), name + ": compression method " + after.getMethod() + ", was "
                        + before.getMethod());
                check(before.getTime() == after.getTime(), name + ": time " + after.getTime() + ", was " + before.getTime());
                File expected = new File(expectedParts, name);
                byte[] content = bytes(out.getInputStream(after));
                String state;
                if (expected.isFile()) {
                    check(Arrays.equals(Files.readAllBytes(expected.toPath()), content), name + " differs from " + expected);
                    state = "edited";
                } else {
                    check(Arrays.equals(bytes(in.getRawInputStream(before)), bytes(out.getRawInputStream(after))),
                            name + ": raw bytes differ from the input's");
                    state = "copied";
                }
                System.out.printf("%-7s %-8s %s %s%n", state, after.getMethod() == ZipArchiveEntry.STORED ? "stored" : "deflated",
                        sha256(content), name);
            }
        }
    }

    /** The SHA-256 of a file, in hex. */
    public static String sha256(File file) throws IOException {
        return sha256(Files.readAllBytes(file.toPath()));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static List<String> names(List<ZipArchiveEntry> entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(e -> names.add(e.getName()));
        return names;
    }

    private static byte[] bytes(InputStream stream) throws IOException {
        try (stream) {
            return stream.readAllBytes();
        }
    }
}
