package dev.addinreg.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the ITs' {@code verify.groovy} scripts check in files: exact bytes, whole trees. */
public final class ItFiles {

    private ItFiles() {
    }

    /** Fails unless the two files hold the same bytes; the message gives the first differing offset, not content. */
    public static void assertSameBytes(File expected, File actual) throws IOException {
        if (!actual.isFile()) {
            throw new AssertionError("missing file " + actual);
        }
        byte[] want = Files.readAllBytes(expected.toPath());
        byte[] got = Files.readAllBytes(actual.toPath());
        int at = Arrays.mismatch(want, got);
        if (at >= 0) {
            throw new AssertionError(actual + " differs from " + expected + " at byte " + at + " (sizes " + got.length
                    + " and " + want.length + ")");
        }
    }

    /** Fails unless the two folders hold the same relative paths with the same bytes. */
    public static void assertSameTree(File expected, File actual) throws IOException {
        List<String> want = files(expected.toPath());
        List<String> got = files(actual.toPath());
        if (!want.equals(got)) {
            throw new AssertionError(actual + " holds " + got + " but " + expected + " holds " + want);
        }
        for (String file : want) {
            assertSameBytes(new File(expected, file), new File(actual, file));
        }
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new AssertionError("missing folder " + folder);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
        }
    }

    /**
     * What a goal that failed on the values or the files leaves in {@code target/addin}: its
     * {@code registration-report.json}, with the problems found, and nothing else. Returns the report's checks as
     * {@code id=outcome}, after checking its result is {@code failed}.
     */
    public static List<String> onlyTheFailureReport(File basedir) throws IOException {
        Path output = basedir.toPath().resolve("target/addin");
        if (!Files.isDirectory(output)) {
            throw new AssertionError("no target/addin: the failed goal wrote no report");
        }
        List<String> written = files(output);
        if (!written.equals(List.of("registration-report.json"))) {
            throw new AssertionError("target/addin holds " + written + "; expected only registration-report.json");
        }
        dev.addinreg.verify.ReportData report = dev.addinreg.verify.RegistrationReport.parse(
                Files.readString(output.resolve("registration-report.json")));
        if (!report.result().equals("failed")) {
            throw new AssertionError("the report's result is " + report.result());
        }
        return report.checks().stream().map(check -> check.id() + "=" + check.outcome().word()).toList();
    }
}
