package dev.addinreg.inject;

import java.util.List;

import dev.addinreg.addin.Hosting;
import dev.addinreg.registration.Findings;

/**
 * What an injection did, or would have done had nothing been wrong.
 *
 * @param hosting the hosting model the manifest declares
 * @param edited every file with a registration value or token in it, with what was set
 * @param copied how many files went to the output unchanged
 * @param copiesWritten how many of those were written (the others already held the same bytes)
 * @param findings every problem; when there are errors, nothing was written
 * @param appPackage the built package written, or {@code null} when none was injected
 */
public record InjectOutcome(Hosting hosting, List<EditedFile> edited, int copied, int copiesWritten, Findings findings,
        WrittenPackage appPackage) {

    /**
     * A built add-in package's edited copy.
     *
     * @param source the input package, relative to the project
     * @param target the edited copy, relative to the project
     * @param entriesCopied how many entries went to the copy as they were, still compressed
     * @param written whether the copy was written (false when it already held the same bytes)
     */
    public record WrittenPackage(String source, String target, int entriesCopied, boolean written) {
    }

    /**
     * One edited file.
     *
     * @param source the source, relative to the project
     * @param target where the result went, relative to the project
     * @param changes what was set, for the INFO line ({@code ClientId set})
     * @param positions where, for DEBUG ({@code 12:27 value of ClientId})
     * @param written whether the file was written (false when its content was already right)
     */
    public record EditedFile(String source, String target, List<String> changes, List<String> positions, boolean written) {
    }
}
