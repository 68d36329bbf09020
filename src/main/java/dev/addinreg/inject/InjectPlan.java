package dev.addinreg.inject;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.Findings;

/**
 * Every file an injection will write, planned in memory before any is written.
 *
 * @param hosting the hosting model the manifest declares
 * @param findings every problem found; with an error, nothing is to be written
 * @param edited the files with a value set or a token replaced
 * @param copies the files that go to the output as they are
 * @param appPackage the built package's edited copy, or {@code null}
 */
record InjectPlan(Hosting hosting, Findings findings, List<PlannedFile> edited, List<PlannedFile> copies,
        PlannedPackage appPackage) {

    /**
     * One file to write.
     *
     * @param content the bytes to write; {@code null} for a copy of the source
     * @param changes what was set, in words
     * @param positions where each edit is
     */
    record PlannedFile(Path source, Path target, byte[] content, List<String> changes, List<String> positions) {
    }

    /**
     * A built package's edited copy.
     *
     * @param replaced the new bytes of each edited part, by entry name
     * @param edits what was set in each edited part, in the order of {@code replaced}
     */
    record PlannedPackage(Path source, Path target, Map<String, byte[]> replaced, List<FileEdit> edits) {
    }
}
